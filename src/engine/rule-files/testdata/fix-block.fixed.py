import requests

# ruleid: timeout-missing
page = requests.get("https://example.com", headers=HEADERS, timeout=10)
# ok: timeout-missing
page = requests.get("https://example.com", timeout=5)
# ok: timeout-missing
page = requests.get(**options)
