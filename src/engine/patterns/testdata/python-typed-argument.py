# ruleid: int-argument
time.sleep(5)
# ok: int-argument
time.sleep(0.5)
# ok: int-argument
time.sleep("5")

# ruleid: lambda-not-typed
map(lambda v: int, values)
# ok: lambda-not-typed
map(lambda v: str, values)
