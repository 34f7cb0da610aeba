# expect-status: ok
import os
allowed = {'tmp', 'dev', 'lib', 'lib64', 'usr', 'sandbox', 'sandbox-lib', 'cg', 'seccomp'}
extra = set(os.listdir('/')) - allowed
if extra:
    print("ESCAPED", extra)
for covered in ('/cg', '/seccomp'):
    if os.listdir(covered):
        print("ESCAPED", covered, os.listdir(covered))
