import requests


def fetch():
    session = requests.Session()
    # ruleid: symbolic-python-session
    session.get("http://example.com/")


def fetch_tls():
    session = requests.Session()
    # ok: symbolic-python-session
    session.get("https://example.com/")


def fetch_loop(urls):
    for session in make_sessions():
        # ok: symbolic-python-session
        session.get("http://example.com/")
