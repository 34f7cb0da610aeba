# expect-status: ok error
import os, shutil, stat
try:
    shutil.copy('/usr/bin/python3', 'py')
    os.chmod('py', 0o755)
    os.execv('./py', ['py', '-c', 'print(\"ESCAPED\")'])
except OSError as e:
    print("blocked", e)
