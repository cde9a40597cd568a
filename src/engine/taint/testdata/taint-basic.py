def direct():
    # ruleid: taint-basic
    sink(source())


def through_variables():
    a = source()
    b = a
    c = "prefix " + b
    d = f"{c} suffix"
    # ruleid: taint-basic
    sink(d)
    # ruleid: taint-basic
    sink(a.strip().lower())
    # ruleid: taint-basic
    sink(a["key"])
    # ruleid: taint-basic
    sink(transform(a))
    # ok: taint-basic
    sink("constant")


def clean():
    x = "safe"
    # ok: taint-basic
    sink(x)
    # ok: taint-basic
    sink(other())


def collections():
    items = [1, source()]
    # ruleid: taint-basic
    sink(items)
    for item in items:
        # ruleid: taint-basic
        sink(item)
    names = [n.upper() for n in source()]
    # ruleid: taint-basic
    sink(names)
