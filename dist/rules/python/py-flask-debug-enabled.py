import os

from flask import Flask

app = Flask(__name__)

# ruleid: py-flask-debug-enabled
app.debug = True

# ok: py-flask-debug-enabled
app.config["TESTING"] = True

# ok: py-flask-debug-enabled
app.debug = os.environ.get("FLASK_DEBUG") == "1"

if __name__ == "__main__":
    # ruleid: py-flask-debug-enabled
    app.run(host="0.0.0.0", port=5000, debug=True)

if os.environ.get("LOCAL_ONLY"):
    # ok: py-flask-debug-enabled
    app.run(host="127.0.0.1", debug=False)
    # ok: py-flask-debug-enabled
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
