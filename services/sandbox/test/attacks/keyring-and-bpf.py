# expect-status: ok error
import ctypes
libc = ctypes.CDLL(None)
# keyctl, bpf and perf_event_open: kernel attack surface
for nr in (250, 321, 298):
    if libc.syscall(nr, 0, 0, 0, 0) >= 0:
        print("syscall", nr, "answered")
