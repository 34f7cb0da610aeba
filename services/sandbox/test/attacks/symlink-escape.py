# expect-status: ok error
import os
try:
    os.symlink('/etc/passwd', 'link')
    print("ESCAPED", open('link').read()[:40])
except OSError:
    pass
try:
    os.symlink('/', 'rootlink')
    print("ESCAPED" if 'etc' in os.listdir('rootlink') else "contained")
except OSError:
    pass
