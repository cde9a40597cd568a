# ruleid: sql-keyword-in-format
cursor.execute("SELECT * FROM users WHERE id = %s" % user_id)
# ruleid: sql-keyword-in-format
cursor.execute("  delete from users where id = %s" % user_id)
# ok: sql-keyword-in-format
cursor.execute("update users set a = %s" % user_id)
# ok: sql-keyword-in-format
print("the selection is %s" % user_id)
# ruleid: token-with-lowercase-body
token = "TK_abcDEF"
# ok: token-with-lowercase-body
token = "tk_abcdef"
