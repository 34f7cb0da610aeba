# expect-status: ok
import os, time
time.sleep(0.7)
if os.path.exists('/tmp/survivor'):
    print("ESCAPED: a process survived the previous run")
