# expect-status: processes timeout memory error ok
# Every child forks again and keeps forking: exited ones become zombies nobody reaps; the
# worker must still answer (the old zygote crashed here, answering 500).
import os
for _ in range(200):
    try:
        if os.fork() == 0:
            while True:
                try:
                    os.fork()
                except OSError:
                    pass
    except OSError:
        pass
