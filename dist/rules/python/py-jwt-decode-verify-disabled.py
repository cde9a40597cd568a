import os

import jwt

SECRET = os.environ["JWT_SECRET"]


def current_user(token):
    # ruleid: py-jwt-decode-verify-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"]


def legacy_user(token):
    # ruleid: py-jwt-decode-verify-disabled
    return jwt.decode(token, SECRET, verify=False)["sub"]


def admin_user(token):
    # ruleid: py-jwt-decode-verify-disabled
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": True, "verify_signature": False})
    return claims.get("admin", False)


def verified_user(token):
    # ok: py-jwt-decode-verify-disabled
    return jwt.decode(token, SECRET, algorithms=["HS256"])["sub"]


def verified_with_options(token):
    # ok: py-jwt-decode-verify-disabled
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"require": ["exp"]})


def unverified_header(token):
    # ok: py-jwt-decode-verify-disabled
    return jwt.get_unverified_header(token)
