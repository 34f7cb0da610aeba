# expect-status: timeout memory error ok processes
import os
while True:
    try:
        os.fork()
    except OSError:
        pass
