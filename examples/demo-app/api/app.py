"""Reporting API for the shop's back office (deliberately vulnerable demo, do not deploy)."""
import os
import sqlite3
import subprocess

import yaml
from flask import Flask, jsonify, request

from accounts import check_password

app = Flask(__name__)
DB_PATH = os.environ.get("REPORTS_DB", "reports.db")


def db():
    return sqlite3.connect(DB_PATH)


@app.get("/reports/sales")
def sales_report():
    region = request.args.get("region", "EU")
    cursor = db().cursor()
    # The region is formatted into the SQL.
    cursor.execute(f"SELECT day, total FROM sales WHERE region = '{region}' ORDER BY day")
    return jsonify(cursor.fetchall())


@app.get("/reports/customers")
def customer_report():
    country = request.args.get("country", "DE")
    cursor = db().cursor()
    # The safe way: a parameterised query.
    cursor.execute("SELECT name, email FROM customers WHERE country = ?", (country,))
    return jsonify(cursor.fetchall())


@app.post("/reports/schedule")
def schedule_report():
    # Report definitions are uploaded as YAML and loaded with the full (unsafe) loader.
    definition = yaml.load(request.data, Loader=yaml.Loader)
    return jsonify({"scheduled": definition.get("name")})


@app.post("/reports/preview")
def preview_report():
    # The safe way to read the same YAML.
    definition = yaml.safe_load(request.data)
    return jsonify({"preview": definition.get("name")})


@app.post("/reports/export")
def export_report():
    name = request.form["name"]
    # The report name goes into a shell command.
    subprocess.run("tar czf /tmp/exports/" + name + ".tgz /var/reports/" + name, shell=True, check=True)
    return jsonify({"exported": name})


@app.post("/login")
def login():
    if not check_password(request.form["email"], request.form["password"]):
        return jsonify({"error": "invalid credentials"}), 401
    return jsonify({"ok": True})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
