# expect-status: ok
import os
allowed = {'tmp', 'dev', 'lib', 'lib64', 'usr', 'sandbox'}
extra = set(os.listdir('/')) - allowed
if extra:
    print("ESCAPED", extra)
