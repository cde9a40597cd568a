import shop
from shop.helpers import discount, shipping

# ruleid: flag-turned-off
configure(logging=False)
# ok: flag-turned-off
configure(logging=True)
# ok: flag-turned-off
configure(logging="False")

# ruleid: implicit-concatenation
names = ["alpha" "beta", "gamma"]
# ruleid: implicit-concatenation
names = ["alpha" f"{x}" "beta"]
# ruleid: string-concatenated
# ok: implicit-concatenation
names = ["alpha", "beta" + "gamma"]

# ruleid: concatenation-ending-in-b, implicit-concatenation
label = "x" "y" "b"
# ruleid: implicit-concatenation
# ok: concatenation-ending-in-b
label = "b" "y"

# ruleid: imported-member
total = discount(cart, 10)
# ok: imported-member
total = shipping(cart)
# ok: imported-member
total = other.discount(cart)


def first(request):
    # ruleid: every-later-handler
    return request.cart


def second(request):
    # ruleid: every-later-handler
    return request.cart


def third(request):
    # ok: every-later-handler
    return cart


# ruleid: guarded-then-used
for key in items:
    if key not in counts:
        counts[key] = 0
    counts[key] += 1

# ok: guarded-then-used
for key in items:
    if key not in counts:
        counts[key] = 0
        counts[key] += 1

# ruleid: fstring-sql-prefix
query = f"SELECT * FROM users WHERE id = {user_id}"
# ok: fstring-sql-prefix
message = f"Selected {count} users"
# ok: fstring-sql-prefix
query = "SELECT * FROM users"

# ruleid: token-sent-later
token = {"secret": 1}


def sends_global():
    send(token)


def sends_local():
    token = {"name": 2}
    send(token)


# ok: token-sent-later
unused = {"secret": 3}

# ok: token-sent-later
shadowed = {"secret": 4}


def sends_own():
    # ruleid: token-sent-later
    shadowed = {"secret": 6}
    send(shadowed)


def signs(key):
    # ruleid: literal-key-argument
    sign(payload, "hard-coded", algorithm="HS256")
    # ok: literal-key-argument
    sign(payload, key, algorithm="HS256")
    # ok: literal-key-argument
    sign("payload", key)


# ruleid: open-without-mode
open("a.txt", buffering=1)
# ruleid: open-without-mode
open("a.txt")
# ok: open-without-mode
open("a.txt", "rb")

from functools import lru_cache
import functools


# ruleid: cached-call
@lru_cache
def cached_one():
    return 1


# ruleid: cached-call
@functools.lru_cache(maxsize=2)
def cached_two():
    return 2


# ok: cached-call
@other_cache
def not_cached():
    return 3


def concatenations(suffix, count):
    # ruleid: string-concatenated
    a = "prefix" + suffix
    # ok: string-concatenated
    b = count + 1
    # ok: string-concatenated
    c = suffix + "tail"


# ok: deprecated-flag
from shop import legacy_mode

# ruleid: deprecated-flag
if legacy_mode:
    pass


# ruleid: handler-reading-args
@route("/items")
def items(page: int) -> Response:
    size = request.args.get("size")


# ok: handler-reading-args
@route("/other")
def other() -> Response:
    size = request.form.get("size")
