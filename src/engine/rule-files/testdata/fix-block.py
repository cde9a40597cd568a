import requests

# ruleid: timeout-missing
page = requests.get("https://example.com", headers=HEADERS)
# ok: timeout-missing
page = requests.get("https://example.com", timeout=5)
# ok: timeout-missing
page = requests.get(**options)
