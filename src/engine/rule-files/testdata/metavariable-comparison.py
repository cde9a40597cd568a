# ruleid: metavariable-comparison-weak-key
rsa.generate_private_key(public_exponent=65537, key_size=1024)
# ok: metavariable-comparison-weak-key
rsa.generate_private_key(public_exponent=65537, key_size=4096)
# ok: metavariable-comparison-weak-key
rsa.generate_private_key(public_exponent=65537, key_size=size)
# ruleid: metavariable-comparison-regex
app.run(port=8080)
# ruleid: metavariable-comparison-regex
app.run(port=9001)
# ok: metavariable-comparison-regex
app.run(port=5000)

# ruleid: metavariable-comparison-octal
os.chmod("a.txt", 0o666)
# ok: metavariable-comparison-octal
os.chmod("a.txt", 0o644)
