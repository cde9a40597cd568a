import os
import tempfile
from tempfile import mktemp


def write_report(data):
    # ruleid: py-tempfile-mktemp
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w") as handle:
        handle.write(data)
    return path


def scratch_name():
    # ruleid: py-tempfile-mktemp
    return mktemp()


def write_report_safely(data):
    # ok: py-tempfile-mktemp
    fd, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w") as handle:
        handle.write(data)
    return path


def scratch_file():
    # ok: py-tempfile-mktemp
    return tempfile.NamedTemporaryFile(delete=False)
