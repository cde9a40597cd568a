# ruleid: typed-route-parameter
def plain(path):
    return open(path)

# ruleid: typed-route-parameter
@app.route("/<path:path>")
def annotated(path: str):
    return open(path)

# ok: typed-route-parameter
def other(name: str):
    return name

# ruleid: any-except-order
try:
    lookup()
except IndexError:
    pass
except ValueError:
    pass
except KeyError:
    pass

# ok: any-except-order
try:
    lookup()
except KeyError:
    pass

# ruleid: except-in-tuple
try:
    read()
except OSError:
    pass

# ruleid: except-in-tuple
try:
    read()
except (ValueError, OSError):
    pass

# ok: except-in-tuple
try:
    read()
except ValueError:
    pass

# ruleid: any-mapping-or-set
configure({"debug": True})
# ruleid: any-mapping-or-set
configure({})
# ruleid: any-mapping-or-set
configure({1, 2})
# ok: any-mapping-or-set
configure([1, 2])

# ruleid: any-list
register([h for h in handlers])
# ruleid: any-list
register([])
# ok: any-list
register((1, 2))

# ruleid: index-pair
grid[0, 1]
# ruleid: index-pair
pairs.append((0, 1))
# ok: index-pair
grid[0]
# ok: index-pair
call(0, 1)

# ruleid: annotated-assignment
token: str = get_secret()
# ruleid: annotated-assignment
token = get_secret()


# ruleid: cache-then-reuse
class Later:
    def add(self):
        self.items.append(1)

    def other(self):
        pass

    def reset(self):
        self.items = []


# ok: cache-then-reuse
class Unrelated:
    def reset(self):
        self.items = []

    def add(self):
        self.others.append(1)


# ok: same-bytes-and-str
assert digest(b"\xe4") != digest("\xe4")
# ruleid: same-bytes-and-str
assert digest(b"\xe4") != digest(b"\xe4")

# ruleid: regex-in-fstring
log(f"user {name} changed password")
# ok: regex-in-fstring
log(f"user {name} logged in")

# ruleid: no-scope-leak
h = acquire()
release(h)

# ok: no-scope-leak
g = acquire()


def later():
    # `...` reaches into this body, but this `g` is the function's own variable, not the global.
    g = other()
    release(g)
