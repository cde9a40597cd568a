# ruleid: legacy-cipher-use
c = Legacy::Cipher.new
# ruleid: legacy-cipher-use
d = Legacy::Cipher.encrypt 'data'
# ruleid: legacy-cipher-use
e = Legacy::Cipher.encrypt('data', key)
# ruleid: legacy-cipher-use
Legacy::Cipher.each_block(data) do |block|
  block
end
# ok: legacy-cipher-use
f = Modern::Cipher.encrypt('data')
# ok: legacy-cipher-use
g = Legacy::Cipher

# ruleid: tracker-send
tracker.send_event(:signup)
# ruleid: tracker-send
tracker.send_event
# ok: tracker-send
tracker.send_events(:signup)
# ok: tracker-send
send_event(:signup)
