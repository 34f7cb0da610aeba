# expect-status: ok error processes memory
# (which one depends on timing: the fork loop ends at the pids limit, and 100 sleeping copies of
# Python may or may not outgrow the memory limit before the parent exits; all are contained)
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
