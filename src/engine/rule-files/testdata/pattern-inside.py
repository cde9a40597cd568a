with open("out.txt", "w") as handle:
    prepare()
    # ruleid: write-inside-open
    handle.write(data)

# ok: write-inside-open
log.write(data)

with lock:
    # ok: write-inside-open
    handle.write(data)
