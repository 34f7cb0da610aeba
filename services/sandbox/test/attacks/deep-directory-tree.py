# expect-status: ok error
# 1,500 nested folders in /tmp (the old wipe recursed and crashed); the next run starts empty.
import os
path = "/tmp"
for i in range(1500):
    path = os.path.join(path, "d")
    try:
        os.mkdir(path)
    except OSError:
        break
print("deep")
