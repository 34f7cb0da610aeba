# expect-status: ok
import os, time
pid = os.fork()
if pid == 0:
    os.setsid()
    time.sleep(0.5)
    open('/tmp/survivor', 'w').write('alive')
    os._exit(0)
print("spawned")
