"""Account storage for the reporting API (deliberately vulnerable demo, do not deploy)."""
import hashlib
import hmac
import os
import sqlite3

DB_PATH = os.environ.get("ACCOUNTS_DB", "accounts.db")


def hash_password_legacy(password):
    # Unsalted MD5: cracked in seconds with a GPU or a rainbow table.
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def hash_password(password, salt):
    # The safe way: a slow, salted key-derivation function.
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1).hex()


def check_password(email, password):
    with sqlite3.connect(DB_PATH) as conn:
        row = conn.execute("SELECT salt, password_hash FROM accounts WHERE email = ?", (email,)).fetchone()
    if row is None:
        return False
    salt, stored = row
    candidate = hash_password(password, bytes.fromhex(salt)) if salt else hash_password_legacy(password)
    return hmac.compare_digest(candidate, stored)
