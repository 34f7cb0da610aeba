# expect-status: timeout
# A run that leaves its process group (and its session) is still stopped at its time limit.
import os
os.setsid()
while True:
    pass
