import sqlite3

conn = sqlite3.connect("app.db")


def find_user(cursor, name):
    # ruleid: py-sql-string-formatting
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)
    return cursor.fetchone()


def find_order(cursor, order_id):
    # ruleid: py-sql-string-formatting
    cursor.execute(f"SELECT * FROM orders WHERE id = {order_id}")
    return cursor.fetchone()


def delete_user(user_id):
    # ruleid: py-sql-string-formatting
    conn.execute("DELETE FROM users WHERE id = " + user_id)


def rename(cursor, table, name):
    # ruleid: py-sql-string-formatting
    cursor.execute("UPDATE {} SET name = ?".format(table), (name,))


def find_by_prebuilt_query(cursor, name):
    query = "SELECT * FROM users WHERE name = '" + name + "'"
    # todoruleid: py-sql-string-formatting
    cursor.execute(query)


def find_user_safely(cursor, name):
    # ok: py-sql-string-formatting
    cursor.execute("SELECT * FROM users WHERE name = %s", (name,))
    return cursor.fetchone()


def count_users(cursor):
    # ok: py-sql-string-formatting
    cursor.execute("SELECT count(*) FROM users")
    return cursor.fetchone()


def find_by_format_name(cursor, format_name):
    # ok: py-sql-string-formatting
    cursor.execute(format_name, ("x",))
