# ruleid: bitwise-flags-any-order
fd = os.open(path, O_WRONLY | O_CREAT)
# ruleid: bitwise-flags-any-order
fd = os.open(path, O_TRUNC | (O_CREAT | O_WRONLY))
# ok: bitwise-flags-any-order
fd = os.open(path, O_CREAT | O_RDONLY)
# ok: bitwise-flags-any-order
fd = os.open(path, O_CREAT & O_WRONLY)

# ruleid: guard-chain
if is_admin and token_ok:
    pass
# ruleid: guard-chain
if is_admin and (session and fresh) and token_ok:
    pass
# ok: guard-chain
if token_ok and is_admin:
    pass
# ok: guard-chain
if is_admin or token_ok:
    pass

# ruleid: guard-sub-chain
if user and a and b and c and audited:
    pass
# ok: guard-sub-chain
if user and audited:
    pass

# ruleid: exact-chain
if ready and (valid and signed):
    pass
# ok: exact-chain
if ready and valid and signed and expired:
    pass
# ok: exact-chain
if valid and ready and signed:
    pass

# ruleid: sum-prefix
total = base + offset + 1 + 2
# ruleid: sum-prefix
total = base + offset
# ok: sum-prefix
total = offset + base + 1
