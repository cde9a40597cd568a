# ruleid: py-first-argument
fetch(url_main, retries=3)
# A keyword argument is never a positional one.
# ok: py-first-argument
fetch(url=url_main)
