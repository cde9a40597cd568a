import os
import shlex


def sanitized():
    cmd = source()
    # ok: taint-sanitizer
    os.system(shlex.quote(cmd))
    safe = shlex.quote(cmd)
    # ok: taint-sanitizer
    os.system("ls " + safe)
    number = int(cmd)
    # ok: taint-sanitizer
    os.system(number)


def not_sanitized():
    cmd = source()
    shlex.quote(cmd)
    # ruleid: taint-sanitizer
    os.system(cmd)
    # ruleid: taint-sanitizer
    os.system("ls " + cmd + shlex.quote(cmd))
