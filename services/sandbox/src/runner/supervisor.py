"""PID 1 of one sandbox worker (inside bubblewrap: its own user, pid, network, mount and IPC
namespaces, no host files). It reads one request at a time from the platform on fd 0 and
answers with one JSON line on fd 1.

It never runs code itself and nothing it holds is reachable from a run: every process of a
run descends from one of the two templates (spawn.py: plain runs, gradings), both forked before
the first request, and lives in pid namespaces nested below this one. Signals from a run cannot reach it, and it
ignores every signal a process inside could send. Whatever a run does, the request gets an
answer with the run's real status; a worker that cannot go on says so in its answer (retire)."""

import json
import os
import signal
import socket
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

if os.getpid() != 1:
    sys.exit("supervisor.py must run as PID 1 inside the sandbox (bubblewrap --as-pid-1)")

# As PID 1, a signal left at its default action is dropped by the kernel when it comes from
# inside the namespace; nothing in here handles one (no KeyboardInterrupt, no SIGTERM exit).
for _sig in signal.valid_signals():
    if _sig not in (signal.SIGKILL, signal.SIGSTOP, signal.SIGCHLD):
        try:
            signal.signal(_sig, signal.SIG_DFL)
        except (OSError, ValueError):
            pass
signal.signal(signal.SIGPIPE, signal.SIG_IGN)

import spawn  # noqa: E402

from control import Control  # noqa: E402

CONTROL = Control(os.dup(0), os.dup(1))
_null = os.open("/dev/null", os.O_RDWR)
os.dup2(_null, 0)
os.dup2(_null, 1)
os.close(_null)


class Template:
    def __init__(self, graded):
        self.sock, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.pid = os.fork()
        if self.pid == 0:
            self.sock.close()
            spawn.template_main(child, graded)
            os._exit(0)
        child.close()

    def host(self):
        """A graded run's host process (its processes share one /tmp)."""
        mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            socket.send_fds(self.sock, [b"host"], [theirs.fileno()])
        finally:
            theirs.close()
        return Host(mine)

    def direct(self):
        """A plain run: the template starts its one process itself, with no host in between."""
        return Host(self.sock, owned=False)


# before the first request is read: the templates never see one
RUNS_TEMPLATE, GRADING_TEMPLATE = Template(graded=False), Template(graded=True)

from run_program import PreparedRun, handle_run  # noqa: E402
from run_tests import handle_tests  # noqa: E402
from runio import Retire, group_empty, procs_files  # noqa: E402


class Runs:
    """Answers requests; keeps the next plain run's processes started and waiting (in the `run`
    group, where they also wait out a grading: its processes use `graded` and `tester`)."""

    def __init__(self):
        self.prepared = None
        self.used = ALL_GROUPS  # the groups the last request's processes used

    def handle(self, request):
        kind = request.get("kind")
        self.used = ALL_GROUPS
        if kind == "run":
            self.used = ("run",)
            prepared, self.prepared = self.prepared or PreparedRun(RUNS_TEMPLATE.direct), None
            return handle_run(request, prepared, CONTROL)
        if kind == "test":
            self.used = ("graded", "tester")
            return handle_tests(request, GRADING_TEMPLATE.host)
        raise ValueError(f"unknown request kind {kind!r}")

    def prepare(self):
        if self.prepared is None:
            try:
                self.prepared = PreparedRun(RUNS_TEMPLATE.direct)
            except Retire:
                self.prepared = None


class Host:
    """What starts a run's processes: a graded run's host process (closing it ends the host), or
    the template itself for a plain run (`owned=False`: its socket stays open)."""

    def __init__(self, sock, owned=True):
        self.sock, self.owned = sock, owned
        self.pids = []

    def spawn(self, role, fds, limits, group):
        """Starts one of the run's processes (its init, which forks the real one once it is in
        `group`'s cgroup) with `fds` as its descriptors; returns the init's pid."""
        go_r, go_w = os.pipe()
        request = {"role": role, "limits": limits}
        try:
            socket.send_fds(self.sock, [json.dumps(request).encode()], fds + [go_r])
        finally:
            for fd in fds + [go_r]:
                os.close(fd)
        try:
            self.sock.settimeout(5)
            reply = json.loads(self.sock.recv(4096) or b"{}")
            if "pid" not in reply:
                raise Retire("the sandbox could not start a process")
            pid = reply["pid"]
            self.pids.append(pid)
            for path in procs_files(group):
                with open(path, "w") as handle:
                    handle.write(str(pid))
            os.write(go_w, b"g")
        except (OSError, ValueError) as exc:
            raise Retire(f"the sandbox could not start a process ({exc})") from exc
        finally:
            os.close(go_w)
        return pid

    def close(self):
        """Kills every process of the run (through their inits) and ends the host."""
        for pid in self.pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.pids = []
        if self.owned:
            self.sock.close()


def reap():
    """Collects every exited process this one inherited (a run's inits, once killed)."""
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


ALL_GROUPS = ("run", "graded", "tester")


def settle(groups=ALL_GROUPS, limit=1.0):
    """Waits until the run's processes (in `groups`) are gone (killed above) and collected; False
    if any stays."""
    end = time.monotonic() + limit
    while True:
        reap()
        if all(group_empty(group) for group in groups):
            return True
        if time.monotonic() > end:
            return False
        time.sleep(0.0005)


def rejected(message):
    error = {"type": "SandboxError", "message": message, "line": None}
    return {"status": "rejected", "stdout": "", "stderr": "", "exitCode": None, "error": error}


def answer(result):
    CONTROL.send(result)


def main():
    runs = Runs()
    runs.prepare()
    while True:
        line = CONTROL.readline()
        if line is None:
            return
        started = time.monotonic()
        retire = False
        try:
            request = json.loads(line)
            rid = request.get("id")
            result = runs.handle(request)
        except Retire as exc:
            rid, retire = locals().get("rid"), True
            result = rejected(str(exc))
        except Exception as exc:  # noqa: BLE001 - the worker answers, and retires
            rid, retire = locals().get("rid"), True
            result = rejected(f"the sandbox failed ({type(exc).__name__}: {exc})")
        result.setdefault("durationMs", (time.monotonic() - started) * 1000)
        result["id"] = rid
        # the run's processes must be gone before the next run starts; if any stays, this
        # worker stops and the service starts a fresh one. Decided before answering (settling
        # takes a fraction of a millisecond unless the run left a crowd behind), so that the
        # answer says so and the service never sends this worker a request it will not read.
        if retire or result.pop("retire", False) or not settle(runs.used):
            result["retire"] = True
        answer(result)
        if result.get("retire"):
            sys.exit(3)
        runs.prepare()


if __name__ == "__main__":
    main()
