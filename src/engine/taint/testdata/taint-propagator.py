def appended():
    items = []
    # ok: taint-propagator
    sink(items)
    items.append(source())
    # ruleid: taint-propagator
    sink(items)


def updated():
    settings = {}
    value = source()
    settings.update(value)
    # ruleid: taint-propagator
    sink(settings)


def clean_append():
    items = []
    items.append("constant")
    # ok: taint-propagator
    sink(items)


def unrelated_method_does_not_propagate():
    items = []
    items.extend(source())
    # ok: taint-propagator
    sink(items)


def extended():
    items = []
    items.absorb("prefix", source())
    # ruleid: taint-propagator-ellipsis-metavariable
    sink(items)


def extended_clean():
    items = []
    items.absorb("prefix", "suffix")
    # ok: taint-propagator-ellipsis-metavariable
    sink(items)
