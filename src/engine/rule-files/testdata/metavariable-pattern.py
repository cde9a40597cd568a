import subprocess

# ruleid: metavariable-pattern-nested
subprocess.run("ls " + user_dir)
# ruleid: metavariable-pattern-nested
subprocess.run(f"ls {user_dir}", shell=True)
# ok: metavariable-pattern-nested
subprocess.run("ls " + "/tmp")
# ok: metavariable-pattern-nested
subprocess.run(["ls", user_dir])
