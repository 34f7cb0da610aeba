# expect-status: ok error
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
os.makedirs('p', exist_ok=True)
if libc.mount(b'proc', b'p', b'proc', 0, None) == 0:
    print("ESCAPED: mounted proc", os.listdir('p')[:5])
