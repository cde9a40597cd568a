ALGO = "md5"
# ruleid: options-constant-propagation-on
# ok: options-constant-propagation-off
hashlib.new(ALGO)
# ruleid: options-constant-propagation-on, options-constant-propagation-off
hashlib.new("md5")
