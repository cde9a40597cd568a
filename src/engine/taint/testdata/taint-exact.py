def exact_sink():
    x = source()
    # ruleid: taint-exact-sink
    query(x)
    # ruleid: taint-exact-sink
    query("select " + x)
    # ok: taint-exact-sink
    query("select 1")
    # ok: taint-exact-sink
    query(sanitize_and_count(len))


def inexact_sink():
    x = source()
    # ruleid: taint-inexact-sink
    with transaction():
        run(x)
    # ok: taint-inexact-sink
    with transaction():
        run("constant")


def exact_source():
    # ruleid: taint-exact-source
    sink(read_input("name"))
    # ok: taint-exact-source
    read_input(sink(config))


def inexact_source():
    # ruleid: taint-inexact-source
    fetch_input(sink(config))
    # ok: taint-inexact-source
    sink(config)
