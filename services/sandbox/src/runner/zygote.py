"""PID 1 of one sandbox worker (inside bubblewrap: no network, no host files,
its own pid namespace). It reads one request at a time on fd 0 and answers on
fd 1 with one JSON line, forking a fresh child per run so a run starts in
about a millisecond. Between runs it kills every other process in the
namespace and deletes the run's directory, so nothing survives into the next."""
import ctypes
import json
import os
import resource
import select
import shutil
import signal
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import errors  # noqa: E402
import friendly_imports  # noqa: E402

OUTPUT_CAP = 64 * 1024
MARKER = "\n[output truncated: more than 64 KB]\n"
UID = os.getuid()

# sweep() kills every process this one may signal: that is only safe as PID 1 of
# the sandbox's own pid namespace, never on a host
if os.getpid() != 1:
    sys.exit("zygote.py must run as PID 1 inside the sandbox (bubblewrap --as-pid-1)")

# Nobody in the sandbox may read this process's memory or trace it (it holds the
# control channel); its children inherit the flag.
ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 0

CONTROL_IN = os.fdopen(os.dup(0), "rb", buffering=0)
CONTROL_OUT = os.fdopen(os.dup(1), "wb", buffering=0)
null = os.open("/dev/null", os.O_RDWR)
os.dup2(null, 0)
os.dup2(null, 1)
os.close(null)
counter = 0


def cpu_limit(timeout_s):
    return int(timeout_s) + 1


def set_limits(timeout_s):
    cpu = cpu_limit(timeout_s)
    # soft limit: SIGXCPU; one second later the kernel's SIGKILL, even if SIGXCPU is ignored
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024 * 1024, 1024 * 1024))
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NPROC, (64, 64))


def become_child(workdir, fds, timeout_s, student=True):
    """In a freshly forked child: standard streams onto the given fds, every other
    descriptor (the control channel above all) closed, limits set."""
    os.setpgid(0, 0)
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
    os.closerange(len(fds), 4096)
    os.chdir(workdir)
    os.umask(0o077)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an oversized write raises OSError instead
    set_limits(timeout_s)
    if student:
        friendly_imports.install()


def stdin_fd(text):
    path = os.path.join("/tmp", f".stdin-{counter}")
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, text.encode())
    os.lseek(fd, 0, os.SEEK_SET)
    os.unlink(path)
    return fd


def run_student_program(source):
    """Child: runs the student's program as __main__, reporting an exception on fd 3."""
    globals_ = {"__name__": "__main__", "__builtins__": __builtins__}
    try:
        code = compile(source, "main.py", "exec")
        exec(code, globals_)
    except SystemExit as exc:
        sys.stdout.flush()
        os._exit(exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1))
    except BaseException as exc:  # noqa: BLE001 - every student error is reported
        report = errors.describe(exc, "main.py")
        sys.stdout.flush()
        sys.stderr.write(report["traceback"] + "\n")
        sys.stderr.flush()
        os.write(3, json.dumps(report).encode())
        os._exit(1)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def collect(pid, out_fd, err_fd, report_fd, deadline):
    """Reads the child's output (capped) until it exits or the deadline passes."""
    bufs = {out_fd: bytearray(), err_fd: bytearray()}
    report = bytearray()
    open_fds = {out_fd, err_fd} | ({report_fd} if report_fd is not None else set())
    status = None
    cpu = 0.0
    truncated = timed_out = False
    while open_fds:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            # past the deadline: a timeout, unless the child already exited and only a
            # leftover grandchild holds the pipes open (the sweep will kill it)
            timed_out = status is None
            break
        ready, _, _ = select.select(list(open_fds), [], [], min(remaining, 0.05))
        for fd in ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                open_fds.discard(fd)
                continue
            if fd == report_fd:
                report += chunk[: 65536 - len(report)]
                continue
            bufs[fd] += chunk
            if len(bufs[fd]) > OUTPUT_CAP:
                truncated = True
        if truncated:
            break
        if status is None:
            done, st, usage = os.wait4(pid, os.WNOHANG)
            if done:
                status, cpu = st, usage.ru_utime + usage.ru_stime
                # the child is gone; a grandchild may keep the pipes open: stop soon
                deadline = min(deadline, time.monotonic() + 0.05)
    if status is None:
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
        _, status, usage = os.wait4(pid, 0)
        cpu = usage.ru_utime + usage.ru_stime
    for fd in (out_fd, err_fd, report_fd):
        if fd is not None:
            os.close(fd)
    text = {k: bytes(v[:OUTPUT_CAP]).decode("utf-8", "replace") + (MARKER if len(v) > OUTPUT_CAP else "") for k, v in bufs.items()}
    return text[out_fd], text[err_fd], status, timed_out, truncated, bytes(report), cpu


def sweep():
    """Kills every process in the namespace except this one (PID 1 is immune) and reaps them."""
    killer = os.fork()
    if killer == 0:
        try:
            os.kill(-1, signal.SIGKILL)
        finally:
            os._exit(0)
    while True:
        try:
            pid, _ = os.waitpid(-1, 0)
        except ChildProcessError:
            return


def classify(status, timed_out, truncated, report, cpu_limit_s, cpu_used_s):
    if truncated:
        return "output-limit", None
    if timed_out:
        return "timeout", None
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGXCPU or cpu_used_s >= cpu_limit_s:
            return "timeout", None
        # a SIGKILL we did not send: the memory cgroup's OOM killer
        return ("memory", None) if sig == signal.SIGKILL else ("error", None)
    code = os.WEXITSTATUS(status)
    error = json.loads(report) if report else None
    if error and error.get("type") == "MemoryError":
        return "memory", error
    return ("ok" if code == 0 and not error else "error"), error


def _unlock(path):
    try:
        if not os.path.islink(path):
            os.chmod(path, 0o700)
    except OSError:
        pass


def _force(func, path, _exc):
    # the student may have removed permissions (chmod 0) to make files undeletable
    try:
        os.chmod(os.path.dirname(path), 0o700)
        os.chmod(path, 0o700)
    except OSError:
        pass
    try:
        func(path)
    except OSError:
        pass


def wipe_tmp():
    """Deletes everything a run left in /tmp (files, links and directories), never following
    links. If anything survives, this worker retires: a fresh one starts with an empty /tmp."""
    for root, dirs, _files in os.walk("/tmp", onerror=lambda e: _unlock(e.filename)):
        for d in dirs:
            _unlock(os.path.join(root, d))
    for name in os.listdir("/tmp"):
        path = os.path.join("/tmp", name)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, onerror=_force)
        else:
            try:
                os.unlink(path)
            except OSError:
                pass


def new_workdir():
    global counter
    counter += 1
    path = f"/tmp/run-{counter}"
    os.mkdir(path, 0o700)
    return path


def handle_run(req):
    timeout_s = req["timeoutMs"] / 1000
    workdir = new_workdir()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    rep_r, rep_w = os.pipe()
    stdin = stdin_fd(req.get("stdin") or "")
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        become_child(workdir, [stdin, out_w, err_w, rep_w], timeout_s)
        run_student_program(req["code"])
    for fd in (out_w, err_w, rep_w, stdin):
        os.close(fd)
    stdout, stderr, status, timed_out, truncated, report, cpu = collect(pid, out_r, err_r, rep_r, started + timeout_s)
    duration = (time.monotonic() - started) * 1000
    sweep()
    kind, error = classify(status, timed_out, truncated, report, cpu_limit(timeout_s), cpu)
    exit_code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
    return {"status": kind, "stdout": stdout, "stderr": stderr, "exitCode": exit_code, "durationMs": duration, "error": error}


def handle_test(req):
    import tester  # noqa: PLC0415 - only test runs need it
    return tester.run(req, new_workdir(), sys.modules[__name__])


def main():
    while True:
        line = CONTROL_IN.readline()
        if not line:
            return
        req = json.loads(line)
        try:
            result = handle_run(req) if req["kind"] == "run" else handle_test(req)
        except Exception as exc:  # noqa: BLE001 - the worker must survive and say what went wrong
            sweep()
            result = {"status": "rejected", "stdout": "", "stderr": "", "exitCode": None, "durationMs": 0, "error": {"type": "SandboxError", "message": str(exc), "line": None}}
        finally:
            try:
                wipe_tmp()
            except Exception:  # noqa: BLE001
                pass
            if os.listdir("/tmp"):
                sys.exit(3)
        result["id"] = req["id"]
        CONTROL_OUT.write((json.dumps(result) + "\n").encode())


if __name__ == "__main__":
    main()
