"""The kernel calls that make a run's namespaces and take its privileges away (through ctypes:
CPython 3.11 has no os.unshare, and nothing wraps clone() with namespace flags, capset or a
seccomp filter). Used by spawn.py, in the templates, hosts and inits only."""

import ctypes
import os
import signal
import threading

CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWPID = 0x00020000, 0x08000000, 0x20000000
MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REC, MS_PRIVATE = 2, 4, 8, 16384, 1 << 18
MS_RDONLY = 1
PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 38, 22, 2
PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, PR_SET_DUMPABLE = 47, 4, 4
TMP_BYTES = 32 * 1024 * 1024

_libc = ctypes.CDLL(None, use_errno=True)
_libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
_libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
_libc.unshare.argtypes = [ctypes.c_int]
# clone(2) through PyDLL, which keeps the GIL across the call as os.fork() does
_raw = ctypes.PyDLL(None, use_errno=True)
_raw.syscall.restype = ctypes.c_long
_raw.syscall.argtypes = [ctypes.c_long, ctypes.c_ulong] + [ctypes.c_void_p] * 4
SYS_CLONE = {"x86_64": 56, "aarch64": 220}.get(os.uname().machine)


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


class _Fprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _check(result, what):
    if result != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


def new_namespaces(flags):
    _check(_libc.unshare(flags), "unshare")


def fork_into(flags, hooks=True):
    """os.fork(), with the child in new namespaces from its first instruction. unshare() gives a
    new pid namespace only to the caller's next child, once: a process that starts one init per
    run needs clone(). Python's own fork hooks run around it as os.fork() runs them, unless
    `hooks` is False: for a run's init, which runs only a few lines of ours and then os.fork()s
    its program (with the hooks). In a single-threaded parent the hooks only renew what no other
    thread could hold (the GIL, the import lock, threading's and logging's locks) and reseed
    `random`, which the init never uses; skipping them saves about 200 page faults per run."""
    if SYS_CLONE is None:
        raise OSError(38, f"no clone() number known for {os.uname().machine}")
    # another thread (none is expected in a template) could hold a lock the child would inherit
    hooks = hooks or threading.active_count() > 1
    if hooks:
        ctypes.pythonapi.PyOS_BeforeFork()
    # no new stack: like fork(), the child continues on a copy of this one (the argument order
    # of the stack and tid pointers differs by architecture; all are NULL)
    pid = _raw.syscall(SYS_CLONE, flags | signal.SIGCHLD, None, None, None, None)
    if pid == 0:
        if hooks:
            ctypes.pythonapi.PyOS_AfterFork_Child()
        return 0
    err = ctypes.get_errno()
    if hooks:
        ctypes.pythonapi.PyOS_AfterFork_Parent()
    if pid < 0:
        raise OSError(err, f"clone: {os.strerror(err)}")
    return pid


def hide_cgroups():
    """The run never sees the cgroup files (only the supervisor moves processes into groups)
    nor the filter file (the template read it already): an empty read-only tmpfs covers them.
    They cannot be unmounted here (mounts inherited from bubblewrap's namespace are locked),
    and no run process may unmount what covers them."""
    for path in ("/cg", "/seccomp"):
        if os.path.isdir(path):
            flags = MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RDONLY
            _check(_libc.mount(b"tmpfs", path.encode(), b"tmpfs", flags, b"size=4k"), f"hide {path}")


def fresh_tmp():
    _check(_libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None), "make mounts private")
    options = f"size={TMP_BYTES},mode=0700".encode()
    _check(_libc.mount(b"tmpfs", b"/tmp", b"tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, options), "mount /tmp")


def drop_privileges(program):
    """No capability left, no way to gain one, and only the system calls the allowlist names."""
    _check(_libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0), "clear ambient capabilities")
    header, data = _CapHeader(0x20080522, 0), (_CapData * 2)()
    _check(_libc.capset(ctypes.byref(header), data), "drop capabilities")
    _check(_libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")
    _check(_libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0), "not dumpable")
    if program:
        buf = ctypes.create_string_buffer(program, len(program))
        prog = _Fprog(len(program) // 8, ctypes.addressof(buf))
        _check(_libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.addressof(prog), 0, 0), "seccomp")
