"""The supervisor's side of a run: the pipes, the clock, and the run's real status.

Everything read from a run's processes is untrusted (the student's program can write to any
descriptor it holds), so it is size-capped and checked before it reaches an answer; only the
per-process inits (their status pipes) and the tester (its result pipe) are trusted, and
neither of those descriptors is ever held by student code."""

import glob
import json
import os
import select
import signal
import time

OUTPUT_CAP = 64 * 1024
MARKER = "\n[output truncated: more than 64 KB]\n"
CRASH_SIGNALS = {signal.SIGSEGV, signal.SIGBUS, signal.SIGILL, signal.SIGFPE, signal.SIGABRT, signal.SIGSYS}


class Retire(Exception):
    """The worker cannot safely go on; the request still gets an answer."""


def counter(path, key):
    """A named counter from a cgroup file (memory.oom_control / memory.events / pids.events)."""
    try:
        with open(path) as handle:
            for line in handle:
                name, _, value = line.partition(" ")
                if name == key:
                    return int(value)
    except (OSError, ValueError):
        pass
    return 0


class Counters:
    """A run group's memory-kill and process-limit counters, before and after: `run` for a plain
    run, `graded` for a grading's student processes."""

    def __init__(self, group="run"):
        self.group = group
        self.oom = counter(f"/cg/{group}/oom", "oom_kill")
        self.pids = counter(f"/cg/{group}/pids.events", "max")

    def memory_killed(self):
        return counter(f"/cg/{self.group}/oom", "oom_kill") > self.oom

    def pids_limited(self):
        return counter(f"/cg/{self.group}/pids.events", "max") > self.pids


def procs_files(group):
    return sorted(glob.glob(f"/cg/{group}/procs*"))


def group_empty(group):
    for path in procs_files(group):
        try:
            with open(path) as handle:
                if handle.read().strip():
                    return False
        except OSError:
            return False
    return True


class Stream:
    """Output read from a run, capped."""

    def __init__(self, fd, cap=OUTPUT_CAP):
        self.fd, self.cap, self.data, self.over, self.open = fd, cap, bytearray(), False, True

    def read(self):
        """Reads what is there; returns the new part within the cap (b"" at the end)."""
        chunk = os.read(self.fd, 65536)
        if not chunk:
            self.close()
            return b""
        before = len(self.data)
        room = self.cap + 1 - before
        if room > 0:
            self.data += chunk[:room]
        if len(self.data) > self.cap:
            self.over = True
        return bytes(self.data[before : self.cap])

    def close(self):
        if self.open:
            os.close(self.fd)
            self.open = False

    def text(self):
        body = bytes(self.data[: self.cap]).decode("utf-8", "replace")
        return body + (MARKER if self.over else "")


class Feed:
    """Bytes written to a run's pipe as it reads them (its payload, its stdin). An interactive
    run's stdin stays open (`keep_open`) until `finish()`: its data arrives as the student types."""

    def __init__(self, fd, data, keep_open=False):
        self.fd, self.data, self.open, self.keep_open = fd, bytes(data), True, keep_open
        os.set_blocking(fd, False)
        if not data and not keep_open:
            self.close()

    def add(self, data):
        if self.open:
            self.data += data

    def finish(self):
        self.keep_open = False
        if not self.data:
            self.close()

    def wants(self):
        return self.open and bool(self.data)

    def write(self):
        try:
            n = os.write(self.fd, self.data[:65536])
        except BlockingIOError:
            return
        except OSError:  # the reader is gone
            n = len(self.data)
        self.data = self.data[n:]
        if not self.data and not self.keep_open:
            self.close()

    def close(self):
        if self.open:
            os.close(self.fd)
            self.open = False


def pump(readers, writers, until, deadline, on_ready=None):
    """Moves data until `until()` is true or the deadline passes; False on the deadline."""
    while not until():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        rfds = [r.fd for r in readers if r.open]
        wfds = [w.fd for w in writers if w.wants()]
        if not rfds and not wfds:
            time.sleep(min(remaining, 0.005))
            continue
        ready_r, ready_w, _ = select.select(rfds, wfds, [], min(remaining, 0.5))
        for r in readers:
            if r.open and r.fd in ready_r:
                (on_ready or (lambda r: r.read()))(r)
        for w in writers:
            if w.wants() and w.fd in ready_w:
                w.write()
    return True


def end_status(status_stream):
    """What a run's init reported: the process's wait status and CPU time (trusted)."""
    try:
        report = json.loads(bytes(status_stream.data) or b"{}")
    except ValueError:
        report = {}
    if "setupError" in report:
        raise Retire(f"the sandbox could not prepare a run: {report['setupError']}")
    return report


def describe_end(report, counters, timed_out, cpu_limit):
    """The status words for how a process ended: timeout, memory, processes, crashed, signal, error, ok."""
    status = report.get("status")
    if timed_out:
        return "timeout", None
    if status is None:
        # the run's init itself was killed (the memory limit's OOM killer chose it): say why
        if counters.pids_limited():
            return "processes", None
        return ("memory", None) if counters.memory_killed() else ("signal", "SIGKILL")
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else f"signal {sig}"
        if sig == signal.SIGXCPU or report.get("cpu", 0) >= cpu_limit:
            return "timeout", None
        if counters.memory_killed():
            return "memory", None
        if sig in CRASH_SIGNALS:
            return "crashed", name
        return "signal", name
    if counters.memory_killed():
        return "memory", None
    return ("ok" if os.WEXITSTATUS(status) == 0 else "error"), None


def clean_error(raw):
    """The student's process's own error report, checked: it could have written anything."""
    try:
        report = json.loads(raw) if raw else None
    except ValueError:
        return None
    if not isinstance(report, dict):
        return None
    out = {"type": _text(report.get("type"), 100) or "Error", "message": _text(report.get("message"), 4000)}
    for key in ("line", "column"):
        value = report.get(key)
        out[key] = value if type(value) is int and 0 <= value < 10**7 else None
    out["traceback"] = _text(report.get("traceback"), 16000)
    analysis = report.get("analysis")
    if isinstance(analysis, dict) and len(json.dumps(analysis)) <= 64 * 1024:
        out["analysis"] = analysis
    return out


def _text(value, limit):
    return value[:limit] if isinstance(value, str) else ""
