import os as o
from subprocess import call

# ruleid: deep-expression
cursor.execute("SELECT " + str(request.args["id"]))
# ok: deep-expression
cursor.execute("SELECT 1")

# ruleid: import-alias
o.system(cmd)
# ok: import-alias
o.path.join(a, b)

# ruleid: keyword-order
requests.get(url, timeout=5, verify=False)
# ok: keyword-order
requests.get(url, timeout=5, verify=True)

# ruleid: dict-fragment
settings = {"name": "x", "debug": True, "port": 80}
# ok: dict-fragment
settings = {"name": "x", "debug": False}

# ruleid: partial-if
if a.b == a.b:
    pass
# ok: partial-if
if a == b:
    pass

# ruleid: fstring-query
db.execute(f"SELECT * FROM t WHERE id = {user_id}")
# ok: fstring-query
db.execute("SELECT * FROM t")

# ruleid: method-chain
User.objects.filter(x=1).order_by("y").raw(q)
# ok: method-chain
User.filter(x=1).raw(q)

# ruleid: string-regex
fetch("http://example.com")
# ok: string-regex
fetch("https://example.com")
