def shell():
    cmd = ["bash", "-c", user_input]
    # ruleid: shell-command-list
    run(cmd)


def plain():
    cmd = ["ls", "-l", path]
    # ok: shell-command-list
    run(cmd)


def unknown(cmd):
    # ruleid: shell-command-list
    run(cmd)
