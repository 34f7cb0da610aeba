# expect-status: ok
# A child in its own session that outlives the program: the run still ends at once, and the
# child does not survive into the next run.
import os
import time
if os.fork() == 0:
    os.setsid()
    time.sleep(60)
print("parent done")
