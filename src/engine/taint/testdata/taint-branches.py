def tainted_in_one_branch(flag):
    x = "clean"
    if flag:
        x = source()
    # ruleid: taint-branches
    sink(x)


def cleaned_in_every_branch(flag):
    x = source()
    if flag:
        x = "a"
    elif other():
        x = "b"
    else:
        x = "c"
    # ok: taint-branches
    sink(x)


def cleaned_in_some_branches(flag):
    x = source()
    if flag:
        x = "a"
    elif other():
        x = "b"
    # ruleid: taint-branches
    sink(x)


def tainted_in_loop(items):
    x = "clean"
    y = "clean"
    for item in items:
        # ruleid: taint-branches
        sink(y)
        y = x
        x = source()
    # ruleid: taint-branches
    sink(x)


def tainted_in_handler():
    x = "clean"
    try:
        risky()
    except ValueError:
        x = source()
    # ruleid: taint-branches
    sink(x)


def cleaned_in_finally():
    x = source()
    try:
        risky()
    finally:
        x = "clean"
    # ok: taint-branches
    sink(x)


def while_loop():
    x = "clean"
    while cond():
        x = source()
    # ruleid: taint-branches
    sink(x)
