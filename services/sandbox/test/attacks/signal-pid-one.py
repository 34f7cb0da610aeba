# expect-status: ok
# PID 1 of the run's namespace ignores what a run sends it; the supervisor is out of reach.
import os
import signal
for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGUSR1, signal.SIGKILL):
    try:
        os.kill(1, sig)
    except OSError:
        pass
print("still here")
