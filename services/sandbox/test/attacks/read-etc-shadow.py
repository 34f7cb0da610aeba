# expect-status: ok error
try:
    print("ESCAPED", open('/etc/shadow').read()[:50])
except OSError as e:
    print("blocked", e)
