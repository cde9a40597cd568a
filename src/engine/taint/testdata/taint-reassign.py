def untainted_by_reassignment():
    x = source()
    # ruleid: taint-reassign
    sink(x)
    x = "clean"
    # ok: taint-reassign
    sink(x)
    x = source()
    # ruleid: taint-reassign
    sink(x)


def field_is_overwritten(obj):
    obj.name = source()
    # ruleid: taint-reassign
    sink(obj.name)
    obj.name = "clean"
    # ok: taint-reassign
    sink(obj.name)


def augmented_assignment_keeps_taint():
    y = source()
    y += "suffix"
    # ruleid: taint-reassign
    sink(y)


def other_variable_stays_clean():
    a = source()
    b = "x"
    a = b
    # ok: taint-reassign
    sink(a)
