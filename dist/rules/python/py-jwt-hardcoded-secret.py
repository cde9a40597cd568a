import os

import jwt


def issue_token(user_id):
    # ruleid: py-jwt-hardcoded-secret
    return jwt.encode({"sub": user_id}, "super-secret-change-me", algorithm="HS256")


def read_token(token):
    # ruleid: py-jwt-hardcoded-secret
    return jwt.decode(token, 'super-secret-change-me', algorithms=["HS256"])


def issue_token_safely(user_id):
    # ok: py-jwt-hardcoded-secret
    return jwt.encode({"sub": user_id}, os.environ["JWT_SECRET"], algorithm="HS256")


def read_token_safely(token, key):
    # ok: py-jwt-hardcoded-secret
    return jwt.decode(token, key, algorithms=["HS256"])
