# expect-status: ok error
try:
    print("ESCAPED", open('/etc/passwd').read()[:50])
except OSError as e:
    print("blocked", e)
