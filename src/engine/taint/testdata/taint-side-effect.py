def sanitizer_by_side_effect():
    data = source()
    # ruleid: taint-side-effect
    sink(data)
    validate(data)
    # ok: taint-side-effect
    sink(data)


def source_by_side_effect():
    buffer = []
    # ok: taint-side-effect
    sink(buffer)
    make_tainted(buffer)
    # ruleid: taint-side-effect
    sink(buffer)


def validation_in_one_branch_only(flag):
    data = source()
    if flag:
        validate(data)
    # ruleid: taint-side-effect
    sink(data)
