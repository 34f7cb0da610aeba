# expect-status: ok error
# SysV shared memory, message queues and POSIX message queues: a run may not create any that a
# later run could find (each run has its own IPC namespace, and the calls are not allowed).
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
IPC_CREAT = 0o1000
created = []
if libc.shmget(0x5EC0, 1 << 20, IPC_CREAT | 0o666) >= 0:
    created.append("shm")
if libc.msgget(0x5EC1, IPC_CREAT | 0o666) >= 0:
    created.append("msg")
if libc.syscall(240, b"/leftover", 0o100 | 0o2, 0o666, None) >= 0:  # mq_open, x86_64
    created.append("mq")
print("created:", created)
