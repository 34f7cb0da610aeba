# expect-status: ok error
import os
fds = []
try:
    while True:
        fds.append(os.open('/dev/null', os.O_RDONLY))
except OSError:
    pass
if len(fds) > 100:
    print("ESCAPED", len(fds))
