import shlex
import subprocess


def archive(user_dir):
    # ruleid: py-subprocess-shell-true
    subprocess.run("tar czf /tmp/backup.tgz " + user_dir, shell=True)


def ping(host):
    # ruleid: py-subprocess-shell-true
    return subprocess.check_output(f"ping -c 1 {host}", shell=True, text=True)


def convert(cmd):
    # ruleid: py-subprocess-shell-true
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, shell=True)
    return proc.communicate()


def safe_list(path):
    # ok: py-subprocess-shell-true
    subprocess.run(["tar", "czf", "/tmp/backup.tgz", path], check=True)


def safe_literal():
    # ok: py-subprocess-shell-true
    subprocess.call("ls -l /var/log", shell=True)


def safe_no_shell(cmd):
    # ok: py-subprocess-shell-true
    subprocess.check_call(shlex.split(cmd), shell=False)


# ok: py-subprocess-shell-true
HELP = "never call subprocess.run(cmd, shell=True) with user input"
