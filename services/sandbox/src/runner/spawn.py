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

import fcntl
import gc
import json
import os
import resource
import signal
import socket
import sys
import time

from kernel import (
    CLONE_NEWIPC,
    CLONE_NEWNS,
    CLONE_NEWPID,
    drop_privileges,
    fork_into,
    fresh_tmp,
    hide_cgroups,
    new_namespaces,
)

FILTER_PATH = "/seccomp/run.bpf"
STATUS_FD = 20
GO_FD = 21


# what a run's init resets to the default (the template's own handling: see template_main)
TO_RESET = []


def changed_signals():
    """The signals whose handling differs from the default here (Python's own handlers, those
    ignored): what a run's init must reset. Learnt once, in the template."""
    changed = []
    for sig in signal.valid_signals():
        if sig not in (signal.SIGKILL, signal.SIGSTOP) and signal.getsignal(sig) is not signal.SIG_DFL:
            changed.append(sig)
    return changed


def default_signals(signals):
    for sig in signals:
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
    TO_RESET[:] = changed_signals()
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
        try:
            host = retrying(os.fork)
        except OSError:
            host = None  # the supervisor's first spawn through it then fails and says why
        if host == 0:
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


def retrying(start):
    """A run that hit its process limit leaves processes the kernel is still tearing down: they
    count against the worker's limit for a moment after they left the run's group. Starting the
    next one waits for them (up to a second) instead of failing an innocent run."""
    for _attempt in range(49):
        try:
            return start()
        except BlockingIOError:
            time.sleep(0.02)
    return start()


def fresh_mounts():
    hide_cgroups()
    fresh_tmp()
    os.chdir("/tmp")


def start_init(cmd, request, fds, program_filter, flags):
    """Starts one process's init in new namespaces (`flags`) and answers its pid on `cmd` (an
    empty answer if it cannot: the supervisor then retires the worker)."""
    try:
        pid = retrying(lambda: fork_into(flags, hooks=False))
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
        default_signals(TO_RESET)
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
