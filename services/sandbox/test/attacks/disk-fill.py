# expect-status: error memory
import os
with open('fill.bin', 'wb') as f:
    for i in range(100):
        f.write(os.urandom(1024 * 1024))
print("ESCAPED")
