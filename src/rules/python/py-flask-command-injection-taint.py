import os
import shlex
import subprocess

import flask
from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host")
    command = "ping -c 1 " + host
    # ruleid: py-flask-command-injection-taint
    os.system(command)
    # ok: py-flask-command-injection-taint
    os.system("ping -c 1 " + shlex.quote(host))
    # ok: py-flask-command-injection-taint
    subprocess.run(["ping", "-c", "1", host])
    return "ok"


@app.route("/grep", methods=["POST"])
def grep():
    pattern = flask.request.form["pattern"]
    # ruleid: py-flask-command-injection-taint
    output = subprocess.check_output(f"grep {pattern} /var/log/app.log", shell=True)
    count = int(flask.request.form["count"])
    # ok: py-flask-command-injection-taint
    os.system("tail -n %d /var/log/app.log" % count)
    return output


def run_report(name):
    # ruleid: py-flask-command-injection-taint
    return subprocess.getoutput("report --name " + name)


@app.route("/report")
def report():
    return run_report(request.values.get("name", ""))


def nightly():
    # ok: py-flask-command-injection-taint
    os.system("backup --all")
