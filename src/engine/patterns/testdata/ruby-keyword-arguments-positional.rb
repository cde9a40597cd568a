# ruleid: rb-first-argument
fetch(url_main, retries: 3)
# ok: rb-first-argument
fetch(url: url_main)
# ok: rb-first-argument
fetch(:url => url_main)
