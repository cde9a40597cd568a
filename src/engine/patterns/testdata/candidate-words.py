from os import system as run_shell
import hashlib

# ruleid: words-through-alias
run_shell(cmd)
# ok: words-through-alias
systems(cmd)
# ok: words-through-alias
my_system(cmd)
# ok: words-through-alias
print("system")

# ruleid: words-two-names
hashlib.new("md5").update(data)
# ok: words-two-names
hashlib.new("md5").digest()
# ok: words-two-names
hashlib.renew("md5").update(data)

# ruleid: words-deep
log(1 + eval(text))
# ok: words-deep
log(evaluate(text))
