# ruleid: route-any-app
@app.route
def index():
    pass

# ruleid: route-any-app
@app.route("/x", methods=["GET"])
def x():
    pass

# ok: route-any-app
@app.get("/y")
def y():
    pass

# ruleid: bare-decorator
@cached
def a():
    pass

# ruleid: bare-decorator
@cached()
def b():
    pass

# ok: bare-decorator
@cached(ttl=5)
def c():
    pass

# ruleid: class-any-bases
class Model:
    pass

# ruleid: class-any-bases
class Model(Base, Mixin):
    pass

# ok: class-any-bases
class View(Model):
    pass

# ruleid: self-application
omega = lambda x: x(x)
# ok: self-application
ident = lambda x: x
# ok: self-application
pair = lambda x, y: x(y)
