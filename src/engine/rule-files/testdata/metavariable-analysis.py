import re

# ruleid: hard-coded-api-key
connect(api_key="q7Vd93kZpW0xLr5TgB2mYc8NfJ4sHa6E")
# ok: hard-coded-api-key
connect(api_key="replace-with-your-key")
# ok: hard-coded-api-key
connect(api_key="zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")
# ok: hard-coded-api-key
connect(api_key="abcdabcdabcdabcdabcdabcdabcdabcd")

# ruleid: backtracking-regex
EMAIL = re.compile(r"^(\w+\.?)*@example\.com$")
# ok: backtracking-regex
DIGITS = re.compile(r"^[0-9]+$")
# ok: backtracking-regex
POSSESSIVE = re.compile(r"^(\w++\.?)*+@example\.com$")
