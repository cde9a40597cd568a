import json
import pickle


def load_session(cookie_bytes):
    # ruleid: py-pickle-load
    return pickle.loads(cookie_bytes)


def load_model(upload):
    # ruleid: py-pickle-load
    return pickle.load(upload.stream)


def save_session(session):
    # ok: py-pickle-load
    return pickle.dumps(session)


def load_settings(body):
    # ok: py-pickle-load
    return json.loads(body)


# ok: py-pickle-load
NOTE = "pickle.loads(request.data) would be remote code execution"
