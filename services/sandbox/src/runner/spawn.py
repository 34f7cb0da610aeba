"""How a run's processes come to be, so that none of them shares anything with an earlier one.

- The template is forked from the supervisor before the supervisor reads any request, imports
  the harness once and never reads request data: every run descends from memory that has
  never held another user's code, output or tests.
- For each request the template forks a run host, which takes a new mount and IPC namespace
  and mounts a fresh noexec /tmp; nothing it holds outlives the run.
- Each process of the run (the program, or the tester and the student's side) starts as PID 1
  of its own pid namespace: a small init that joins the run's cgroup, drops every capability,
  loads the seccomp allowlist, forks the real process and reports how it ended. Killing that
  init ends everything the run started; the student cannot signal anything outside its own
  namespace, not even the tester.

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
def template_main(sock):
    """Imports everything a run needs, then forks a run host per request, forever."""
    import friendly_imports  # noqa: F401 - imported once here, shared by every run
    import program  # noqa: F401
    import tracer  # noqa: F401
    import student  # noqa: F401
    import tester  # noqa: F401

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
            data, fds, _flags, _addr = socket.recv_fds(sock, 1024, 4)
        except OSError:
            os._exit(0)
        if not data:
            os._exit(0)
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
    """A run host: one mount and IPC namespace, and a fresh /tmp, for one request."""
    new_namespaces(CLONE_NEWNS | CLONE_NEWIPC)
    hide_cgroups()
    fresh_tmp()
    os.chdir("/tmp")
    while True:
        data, fds, _flags, _addr = socket.recv_fds(cmd, 65536, 16)
        if not data:
            os._exit(0)
        request = json.loads(data)
        # a plain run has one process: this host forks its init itself and is done; a graded
        # run's tester and student processes each get a pid namespace of their own
        alone = request.get("role") == "run"
        if alone or os.fork() == 0:
            new_namespaces(CLONE_NEWPID)
            pid = os.fork()
            if pid == 0:
                cmd.close()
                role_init(request, fds, program_filter)
            cmd.send(json.dumps({"pid": pid}).encode())
            os._exit(0)
        for fd in fds:
            os.close(fd)


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


def role_init(request, fds, program_filter):
    try:
        default_signals()
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
