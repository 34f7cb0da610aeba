# expect-status: ok error
import os
for fd in range(3, 64):
    try:
        os.write(fd, b'{"id": 1, "status": "ok", "stdout": "forged"}\n')
        print("wrote to", fd)
    except OSError:
        pass
