SECURE = True


def straight_line():
    q = "SELECT 1"
    # ruleid: constant-query
    execute(q)
    q = q + user_input
    # ok: constant-query
    execute(q)


def both_branches(c):
    if c:
        q = "SELECT 1"
    else:
        q = "SELECT 2"
    # ruleid: constant-query
    execute(q)


def one_branch(c, q):
    if c:
        q = "SELECT 1"
    # ok: constant-query
    execute(q)


def in_loop(rows):
    q = "SELECT 1"
    for row in rows:
        q = q + row
    # ok: constant-query
    execute(q)


def repeated(n):
    # ruleid: constant-query
    execute("?" * n)


def cookie(resp):
    # ruleid: secure-cookie
    resp.set_cookie("id", "v", secure=SECURE)
    # ok: secure-cookie
    resp.set_cookie("id", "v", secure=flag)


def handlers():
    x = 0
    try:
        pass
    except Exception:
        x = 1
    # ruleid: compares-with-itself
    x == 0
    y = 0
    try:
        may_fail()
    except Exception:
        y = 1
    # ok: compares-with-itself
    y == 0


# ok: literal-foo
name = "bar"
# ruleid: literal-foo
key = "foo"
# ok: literal-foo
name = obj.key
# ruleid: literal-foo
table[key] = 1
# ruleid: literal-foo
use(key)


def joined():
    a = "ab"
    b = "cd"
    c = a + b
    # ruleid: returns-known-string
    return c


def mixed():
    # ok: returns-known-string
    return "ab" + 1
