def single_target():
    for item in read_pairs():
        # ruleid: taint-python-for-tuple
        run(item)


def tuple_target():
    # Semgrep does not carry a for loop's taint into names unpacked from each item (`for k, v in e`):
    # rules rely on it to tell a getopt option's fixed name from its value.
    for name, value in read_pairs():
        # ok: taint-python-for-tuple
        run(name)
        # ok: taint-python-for-tuple
        run(value)


def unpacked_later():
    for pair in read_pairs():
        name, value = pair
        # ruleid: taint-python-for-tuple
        run(value)
