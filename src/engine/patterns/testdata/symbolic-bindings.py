def collect(item, seen=[]):
    # ruleid: mutated-default-through-alias, mutated-default-spelled
    seen.append(item)
    return seen


def collect_via_alias(item, seen=[]):
    bucket = seen
    # ruleid: mutated-default-through-alias
    bucket.append(item)
    return bucket


def collect_fresh(item, seen=[]):
    bucket = list(seen)
    # ok: mutated-default-through-alias, mutated-default-spelled
    bucket.append(item)
    return bucket


def collect_rebound(item, flag, seen=[]):
    bucket = seen
    if flag:
        bucket = []
    # ok: mutated-default-through-alias
    bucket.append(item)
    return bucket


def fetch():
    # ok: focused-url-through-symbol
    url = "http://example.com"
    # ruleid: focused-url-through-symbol
    return requests.get(url)
