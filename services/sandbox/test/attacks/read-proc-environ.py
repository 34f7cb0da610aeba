# expect-status: ok error
import os
for p in ('/proc/1/environ', '/proc/self/environ', '/proc/self/maps'):
    try:
        print("ESCAPED", open(p).read()[:80])
    except OSError:
        pass
