import ssl
import urllib.request

import httpx
import requests


def fetch_invoice(url, token):
    # ruleid: py-tls-verification-disabled
    return requests.get(url, headers={"Authorization": token}, verify=False)


def post_event(url, payload):
    # ruleid: py-tls-verification-disabled
    return httpx.post(url, json=payload, verify=False)


def open_legacy(url):
    # ruleid: py-tls-verification-disabled
    context = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=context)


def session_without_checks():
    session = requests.Session()
    # ruleid: py-tls-verification-disabled
    session.verify = False
    return session


def fetch_with_private_ca(url):
    # ok: py-tls-verification-disabled
    return requests.get(url, verify="/etc/ssl/certs/internal-ca.pem", timeout=10)


def fetch_default(url):
    # ok: py-tls-verification-disabled
    return requests.get(url, timeout=10)


def open_verified(url):
    # ok: py-tls-verification-disabled
    context = ssl.create_default_context()
    return urllib.request.urlopen(url, context=context)
