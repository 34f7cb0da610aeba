# expect-status: ok
# Calls outside the allowlist answer EPERM: kernel attack surface (modify_ldt, inotify,
# landlock, seccomp, mlock, SysV IPC, mqueues) and host facts (uname, sysinfo).
import ctypes
import sys
if sys.implementation._multiarch.startswith("x86_64"):
    libc = ctypes.CDLL(None, use_errno=True)
    calls = {"modify_ldt": 154, "inotify_init1": 294, "landlock_create_ruleset": 444, "seccomp": 317,
             "mlock": 149, "shmget": 29, "msgget": 68, "mq_open": 240, "uname": 63, "sysinfo": 99,
             "unshare": 272, "mount": 165, "setns": 308, "keyctl": 250, "execve": 59}
    buf = ctypes.create_string_buffer(4096)
    for name, number in calls.items():
        result = libc.syscall(number, buf, 0, 0, 0)
        if result != -1 or ctypes.get_errno() != 1:
            print("ESCAPED:", name, "was allowed", result, ctypes.get_errno())
