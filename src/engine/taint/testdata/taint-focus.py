def run(cursor):
    name = source()
    # ruleid: taint-focus
    cursor.execute("select * from t where name = '" + name + "'")
    # ok: taint-focus
    cursor.execute("select * from t where name = %s", (name,))
    # ok: taint-focus
    cursor.execute("select 1")
