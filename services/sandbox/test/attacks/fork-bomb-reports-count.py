# expect-status: ok error
import os
pids = []
for i in range(500):
    try:
        pid = os.fork()
    except OSError:
        break
    if pid == 0:
        import time; time.sleep(30); os._exit(0)
    pids.append(pid)
if len(pids) >= 100:
    print("ESCAPED: forked", len(pids))
