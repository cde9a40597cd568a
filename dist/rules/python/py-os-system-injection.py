import os
import subprocess


def resize(filename, width):
    # ruleid: py-os-system-injection
    os.system("convert %s -resize %d out.png" % (filename, width))


def lookup(domain):
    # ruleid: py-os-system-injection
    return os.popen("nslookup " + domain).read()


def run_hook(hook_command):
    # ruleid: py-os-system-injection
    os.system(hook_command)


def clear_screen():
    # ok: py-os-system-injection
    os.system("clear")


def resize_safely(filename, width):
    # ok: py-os-system-injection
    subprocess.run(["convert", filename, "-resize", str(width), "out.png"], check=True)


# ok: py-os-system-injection
DOC = "os.system(user_input) is dangerous"
