def remember(key, cache={}):
    # ruleid: mutated-default-dict
    cache[key] = True
    return cache


def fresh(key, cache={}):
    cache = {}
    log(key)
    if key:
        # ok: mutated-default-dict
        cache[key] = True
    return cache


def late(key, cache={}):
    # ruleid: mutated-default-dict
    cache[key] = 1
    cache = {}
    # ok: mutated-default-dict
    cache[key] = 2
