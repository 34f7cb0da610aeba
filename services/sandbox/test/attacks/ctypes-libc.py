# expect-status: ok error
import ctypes
libc = ctypes.CDLL(None)
# try to raise privileges and leave the namespace
if libc.setuid(0) == 0 and libc.getuid() == 0:
    print("ESCAPED: uid 0")
if libc.unshare(0x10000000) == 0:
    print("ESCAPED: new user namespace")
