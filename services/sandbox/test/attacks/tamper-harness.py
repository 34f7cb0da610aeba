# expect-status: ok error
import os
try:
    with open('/sandbox/zygote.py', 'a') as f:
        f.write('# pwned')
    print("ESCAPED")
except OSError:
    pass
