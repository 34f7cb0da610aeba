# expect-status: ok
import os
for p in ('/root', '/home', '/work', '/etc', '/var', '/proc', '/sys'):
    if os.path.exists(p):
        print("ESCAPED", p)
