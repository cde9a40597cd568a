# ruleid: percent-formatted-query
db.execute("SELECT * FROM t WHERE id = %s" % (user_id,))
# ok: percent-formatted-query
db.execute("SELECT * FROM t WHERE id = " + user_id)
# ok: percent-formatted-query
db.execute("SELECT * FROM t WHERE id = %s", (user_id,))

# ruleid: interpolated-query
db.execute(f"SELECT * FROM t WHERE id = {user_id}")
# ok: interpolated-query
db.execute("SELECT * FROM t WHERE id = 1")
# ok: interpolated-query
db.execute(f"SELECT * FROM t")


async def poll():
    # ruleid: blocking-sleep-in-coroutine
    time.sleep(1)


def wait():
    # ok: blocking-sleep-in-coroutine
    time.sleep(1)
