import hashlib
import os


def hash_password(password):
    # ruleid: py-weak-hash
    return hashlib.md5(password.encode()).hexdigest()


def api_key_digest(key):
    # ruleid: py-weak-hash
    return hashlib.sha1(key.encode()).hexdigest()


def legacy_digest(data):
    # ruleid: py-weak-hash
    return hashlib.new("md5", data).hexdigest()


def hash_password_safely(password):
    salt = os.urandom(16)
    # ok: py-weak-hash
    return salt + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def cache_key(url):
    # ok: py-weak-hash
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def file_digest(data):
    # ok: py-weak-hash
    return hashlib.sha256(data).hexdigest()
