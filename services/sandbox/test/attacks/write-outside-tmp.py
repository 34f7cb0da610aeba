# expect-status: ok error
for p in ('/usr/evil', '/sandbox/evil.py', '/evil', '/dev/evil', '/usr/lib/python3.11/os.py'):
    try:
        open(p, 'w').write('x')
        print("ESCAPED", p)
    except OSError:
        pass
