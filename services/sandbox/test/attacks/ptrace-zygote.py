# expect-status: ok error
import ctypes
libc = ctypes.CDLL(None)
PTRACE_ATTACH = 16
if libc.ptrace(PTRACE_ATTACH, 1, 0, 0) == 0:
    print("ESCAPED: attached to PID 1")
