# ruleid: pattern-not-regex-allowlist
requests.get("https://api.example.com")
# ok: pattern-not-regex-allowlist
requests.get("https://internal.example/x")
