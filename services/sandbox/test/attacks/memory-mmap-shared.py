# expect-status: memory error
import mmap
m = mmap.mmap(-1, 400 * 1024 * 1024, flags=mmap.MAP_SHARED)
for i in range(0, len(m), 4096):
    m[i] = 1
print("ESCAPED")
