"""How a run's processes come to be, so that none of them shares anything with an earlier one.

- The template is forked from the supervisor before the supervisor reads any request, imports
  the harness once and never reads request data: every run descends from memory that has
  never held another user's code, output or tests.
- Each process of a run (the program, or the tester and the student's side) starts as PID 1
  of its own pid namespace: a small init that joins the run's cgroup, drops every capability,
  loads the seccomp allowlist, forks the real process and reports how it ended. Killing that
  init ends everything the run started; the student cannot signal anything outside its own
  namespace, not even the tester.
- Every run has a new mount and IPC namespace with a fresh noexec /tmp; nothing in them outlives
  the run. A plain run's init is cloned straight from the template into all three namespaces at
  once. A graded run's two processes share one /tmp: the template forks a run host that holds
  the mount and IPC namespace, and the host clones each process's init into a pid namespace.

The supervisor and the template keep CAP_SYS_ADMIN inside the sandbox's own user namespace
(never on the host) only to create these namespaces and mounts."""

import ctypes
import fcntl
import gc
import json
import os
import resource
import signal
import socket
import sys

CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWPID = 0x00020000, 0x08000000, 0x20000000
MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REC, MS_PRIVATE = 2, 4, 8, 16384, 1 << 18
MS_RDONLY = 1
PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 38, 22, 2
PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, PR_SET_DUMPABLE = 47, 4, 4
FILTER_PATH = "/seccomp/run.bpf"
TMP_BYTES = 32 * 1024 * 1024
STATUS_FD = 20
GO_FD = 21

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


def fork_into(flags):
    """os.fork(), with the child in new namespaces from its first instruction. unshare() gives a
    new pid namespace only to the caller's next child, once: a process that starts one init per
    run needs clone(). Python's own fork hooks run around it exactly as os.fork() runs them."""
    if SYS_CLONE is None:
        raise OSError(38, f"no clone() number known for {os.uname().machine}")
    ctypes.pythonapi.PyOS_BeforeFork()
    # no new stack: like fork(), the child continues on a copy of this one (the argument order
    # of the stack and tid pointers differs by architecture; all are NULL)
    pid = _raw.syscall(SYS_CLONE, flags | signal.SIGCHLD, None, None, None, None)
    if pid == 0:
        ctypes.pythonapi.PyOS_AfterFork_Child()
        return 0
    err = ctypes.get_errno()
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


def default_signals():
    for sig in signal.valid_signals():
        if sig not in (signal.SIGKILL, signal.SIGSTOP):
            try:
                signal.signal(sig, signal.SIG_DFL)
            except (OSError, ValueError):
                pass


# ---- the template -------------------------------------------------------------------------
def template_main(sock, graded):
    """Imports everything its runs need, then starts each run's processes, forever. A worker has
    two templates: one for plain runs and one for graded runs, whose test machinery (unittest,
    mock, asyncio: 13 MB) would make every plain run's fork copy page tables it never uses."""
    import friendly_imports  # noqa: F401 - imported once here, shared by every run

    if graded:
        import student  # noqa: F401
        import tester  # noqa: F401
    else:
        import program  # noqa: F401
        import tracer  # noqa: F401

    try:
        import explain

        # friendly-traceback (bound at /sandbox-lib), imported before any run: a run's own
        # import finder allows only the standard library
        if explain.preload():
            explain.warm_up()
    except Exception:  # noqa: BLE001 - explanations then come without its analysis
        pass
    try:
        with open(FILTER_PATH, "rb") as handle:
            program_filter = handle.read()
    except OSError:
        program_filter = b""
    gc.collect()
    gc.freeze()  # forked children then share the imported modules' pages instead of copying them
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    while True:
        try:
            data, fds, _flags, _addr = socket.recv_fds(sock, 65536, 16)
        except OSError:
            os._exit(0)
        if not data:
            os._exit(0)
        if data != b"host":
            # a plain run: its init, in a new mount, IPC and pid namespace at once
            start_init(sock, json.loads(data), fds, program_filter, CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWPID)
            continue
        if os.fork() == 0:
            sock.close()
            try:
                host_main(socket.socket(fileno=fds[0]), program_filter)
            except BaseException as exc:  # noqa: BLE001 - the operator's log says why
                sys.stderr.write(f"sandbox run host failed: {type(exc).__name__}: {exc}\n")
            os._exit(70)
        for fd in fds:
            os.close(fd)


def host_main(cmd, program_filter):
    """A graded run's host: one mount and IPC namespace and a fresh /tmp, shared by the run's
    processes, each of which it starts as the init of a pid namespace of its own."""
    new_namespaces(CLONE_NEWNS | CLONE_NEWIPC)
    fresh_mounts()
    while True:
        data, fds, _flags, _addr = socket.recv_fds(cmd, 65536, 16)
        if not data:
            os._exit(0)
        start_init(cmd, json.loads(data), fds, program_filter, CLONE_NEWPID)


def fresh_mounts():
    hide_cgroups()
    fresh_tmp()
    os.chdir("/tmp")


def start_init(cmd, request, fds, program_filter, flags):
    """Starts one process's init in new namespaces (`flags`) and answers its pid on `cmd` (an
    empty answer if it cannot: the supervisor then retires the worker)."""
    try:
        pid = fork_into(flags)
    except OSError:
        pid = None
    if pid == 0:
        cmd.close()
        role_init(request, fds, program_filter, fresh_mounts if flags & CLONE_NEWNS else None)
    for fd in fds:
        os.close(fd)
    try:
        cmd.send(json.dumps({"pid": pid} if pid else {}).encode())
    except OSError:
        pass


# ---- a run's own init ---------------------------------------------------------------------
def _arrange(fds, status, go):
    """The role's descriptors as 0..n-1, the status and go pipes as STATUS_FD and GO_FD;
    nothing else open."""
    high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 100) for fd in fds + [status, go]]
    for fd in set(fds + [status, go]):
        os.close(fd)
    for target, fd in enumerate(high[:-2]):
        os.dup2(fd, target)
    os.dup2(high[-2], STATUS_FD)
    os.dup2(high[-1], GO_FD)
    for fd in high:
        os.close(fd)
    os.closerange(len(fds), STATUS_FD)
    os.closerange(GO_FD + 1, 65536)


def role_init(request, fds, program_filter, setup=None):
    try:
        default_signals()
        if setup:
            setup()
        _arrange(fds[:-2], fds[-2], fds[-1])
        drop_privileges(program_filter)
        # the supervisor moves this process into the run's cgroup, then says go: what it forks
        # next (the program, which then waits for its request) is charged to that group
        if os.read(GO_FD, 1) != b"g":
            os._exit(73)
        os.close(GO_FD)
        child = os.fork()
    except BaseException as exc:  # noqa: BLE001 - say why, then stop
        _report({"setupError": f"{type(exc).__name__}: {exc}"})
        os._exit(71)
    if child == 0:
        os.close(STATUS_FD)
        try:
            run_role(request)
        except BaseException:  # noqa: BLE001 - a harness bug: say where, on this process's stderr
            import traceback

            traceback.print_exc()
            os._exit(1)
        os._exit(0)
    for fd in range(len(fds) - 2):
        os.close(fd)
    while True:
        try:
            pid, status, usage = os.wait4(-1, 0)
        except ChildProcessError:
            os._exit(72)
        except InterruptedError:
            continue
        if pid == child:
            break
    _report({"status": status, "cpu": usage.ru_utime + usage.ru_stime, "maxrss": usage.ru_maxrss})
    os._exit(0)


def _report(message):
    try:
        os.write(STATUS_FD, json.dumps(message).encode())
    except OSError:
        pass


def set_limits(limits):
    cpu = int(limits.get("cpuSeconds", 6))
    # soft limit: SIGXCPU; one second later the kernel's SIGKILL, even if SIGXCPU is ignored
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    size = int(limits.get("fileBytes", 16 * 1024 * 1024))
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    files = int(limits.get("openFiles", 64))
    resource.setrlimit(resource.RLIMIT_NOFILE, (files, files))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_role(request):
    role = request.get("role")
    limits = request.get("limits", {})
    set_limits(limits)
    # Python's own defaults, as in any program (the init above reset everything)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an oversized write raises OSError instead
    if role == "tester":
        import tester

        tester.main()
        return
    import friendly_imports

    if role == "student":
        import student

        with os.fdopen(3, "rb") as handle:
            payload = json.loads(handle.read())
        friendly_imports.install()
        student.serve(payload, socket.socket(fileno=4))
        return
    import program

    # started ahead of its request: this blocks until the supervisor writes the run's code
    with os.fdopen(3, "rb") as handle:
        payload = json.loads(handle.read())
    cpu = min(int(payload.get("cpuSeconds", limits.get("cpuSeconds", 6))), int(limits.get("cpuSeconds", 6)))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    friendly_imports.install()
    program.run(payload, 4)
