# expect-status: timeout memory error ok
import os
while True:
    try:
        os.fork()
    except OSError:
        pass
