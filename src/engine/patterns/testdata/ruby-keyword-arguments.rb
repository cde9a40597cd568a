# ruleid: unsafe-yaml-load
Psych.load(body, permitted: :all)
# ruleid: unsafe-yaml-load
Psych.load(body, :permitted => :all, strict: true)
# ok: unsafe-yaml-load
Psych.load(body, permitted: :safe)
# ok: unsafe-yaml-load
Psych.load(body, :all)

# ruleid: both-options
connect(tls: false, host: "db")
# ruleid: both-options
connect(host: "db", tls: false)
# ok: both-options
connect(host: "db", tls: false, retries: 3)
# ok: both-options
connect(host: "db")
