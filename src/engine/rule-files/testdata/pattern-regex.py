# ruleid: hard-coded-password-assignment
PASSWORD = "hunter2"
# ruleid: hard-coded-password-assignment
db_password = "s3cr3t"
# ok: hard-coded-password-assignment
password = os.environ["DB_PASSWORD"]
# ok: hard-coded-password-assignment
password = "changeme"
