"""A graded run: the tester, and the student processes it asks for one at a time.

The tester's results arrive on its own pipe, one line per test; they are the only verdict.
When a student process dies (out of memory, out of time, crashed) the tester asks why, gets
a fresh one for its next test, and the dead one's init is killed with everything it started."""

import json
import math
import os
import select
import signal
import socket
import time

from runio import Counters, Feed, Retire, Stream, describe_end, end_status

MAX_BUDGET = 20.0
GRACE = 1.0


class Instance:
    """One student process: its init's pid, its pipes, and the counters at its start."""

    def __init__(self, host, request, limits):
        self.counters = Counters("graded")
        s_tester, s_student = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        in_r, in_w = os.pipe()
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        pay_r, pay_w = os.pipe()
        st_r, st_w = os.pipe()
        os.close(in_w)
        self.out, self.err, self.status = Stream(out_r, 16 * 1024), Stream(err_r, 16 * 1024), Stream(st_r, 4096)
        payload = {"code": str(request.get("code", "")), "moduleName": request.get("moduleName") or "student"}
        self.feed = Feed(pay_w, json.dumps(payload).encode())
        self.sock = s_tester
        self.killed = False
        self.pid = host.spawn("student", [in_r, out_w, err_w, pay_r, s_student.detach(), st_w], limits, "graded")

    def kill(self):
        self.killed = True
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def why(self, cpu_limit):
        """How the process ended, in the words the tester reports."""
        report = end_status(self.status) if not self.status.open else {}
        if self.counters.memory_killed():
            return {"reason": "memory"}
        if self.killed:
            return {"reason": "timeout"}
        kind, sig = describe_end(report, self.counters, False, cpu_limit)
        if kind in ("timeout", "memory"):
            return {"reason": kind}
        if self.counters.pids_limited():
            return {"reason": "processes"}
        status = report.get("status")
        if sig:
            return {"reason": "lost", "signal": sig}
        if isinstance(status, int) and os.WIFEXITED(status):
            return {"reason": "lost", "code": os.WEXITSTATUS(status)}
        return {"reason": "lost"}

    def streams(self):
        return [self.out, self.err, self.status]

    def close(self):
        for item in self.streams() + [self.feed]:
            item.close()
        self.sock.close()


class GradedRun:
    def __init__(self, request, host):
        self.request = request
        self.host = host
        self.budget = min(max(float(request.get("timeoutMs", 5000)) / 1000, 0.1), MAX_BUDGET)
        self.cpu_limit = math.ceil(self.budget) + 1
        memory = {"cpuSeconds": self.cpu_limit, "openFiles": 64}
        self.student_limits = memory
        self.current = None
        self.old = []
        self.ctl, ctl_tester = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        in_r, in_w = os.pipe()
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        pay_r, pay_w = os.pipe()
        res_r, res_w = os.pipe()
        st_r, st_w = os.pipe()
        os.close(in_w)
        self.out, self.err = Stream(out_r), Stream(err_r)
        self.results, self.status = Stream(res_r, 8 * 1024 * 1024), Stream(st_r, 4096)
        keys = ("tests", "moduleName", "testModule", "helpers", "files")
        payload = {k: request.get(k) for k in keys if request.get(k) is not None}
        payload["budget"] = max(self.budget - 0.15, 0.05)
        self.feed = Feed(pay_w, json.dumps(payload).encode())
        limits = {"cpuSeconds": self.cpu_limit, "openFiles": 256}
        fds = [in_r, out_w, err_w, pay_r, ctl_tester.detach(), res_w, st_w]
        self.started = time.monotonic()
        self.host.spawn("tester", fds, limits, "tester")

    # ---- the tester's requests --------------------------------------------------------------
    def on_ctl(self):
        data = self.ctl.recv(65536)
        if not data:
            return False
        try:
            message = json.loads(data)
        except ValueError:
            message = {}
        if message.get("op") == "student":
            self.new_student()
        elif message.get("op") == "lost":
            self.ctl.send(json.dumps(self.lost(bool(message.get("kill")))).encode())
        return True

    def new_student(self):
        if self.current is not None:
            self.current.kill()
            self.old.append(self.current)
        try:
            self.current = Instance(self.host, self.request, self.student_limits)
        except Retire as exc:
            self.ctl.send(json.dumps({"error": str(exc)}).encode())
            raise
        socket.send_fds(self.ctl, [json.dumps({"ok": True}).encode()], [self.current.sock.fileno()])

    def lost(self, kill):
        inst = self.current
        if inst is None:
            return {"reason": "lost"}
        if kill:
            inst.kill()
        deadline = time.monotonic() + 1.0
        while inst.status.open and time.monotonic() < deadline:
            self.step(min(deadline - time.monotonic(), 0.05), only=inst.streams())
        return inst.why(self.cpu_limit)

    # ---- moving data --------------------------------------------------------------------------
    def readers(self):
        items = [self.out, self.err, self.results, self.status]
        for inst in ([self.current] if self.current else []) + self.old:
            items += inst.streams()
        return [r for r in items if r.open]

    def step(self, timeout, only=None):
        readers = only if only is not None else self.readers()
        writers = [f for f in [self.feed] + ([self.current.feed] if self.current else []) if f.open]
        rfds = [r.fd for r in readers if r.open] + ([] if only is not None else [self.ctl.fileno()])
        ready_r, ready_w, _ = select.select(rfds, [w.fd for w in writers], [], max(timeout, 0))
        for w in writers:
            if w.fd in ready_w:
                w.write()
        for r in readers:
            if r.open and r.fd in ready_r:
                r.read()
        if only is None and self.ctl.fileno() in ready_r:
            self.on_ctl()

    def run(self):
        deadline = self.started + self.budget + GRACE
        while self.status.open:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            self.step(min(remaining, 0.5))
        # the tester ended: its last results are in the pipe already
        end = time.monotonic() + 0.05
        while self.results.open and time.monotonic() < end:
            self.step(0.01, only=[self.results])
        return True

    def close(self):
        for inst in self.old + ([self.current] if self.current else []):
            inst.close()
        for item in (self.out, self.err, self.results, self.status, self.feed):
            item.close()
        self.ctl.close()


def handle_tests(request, new_host):
    host = new_host()
    graded = None
    try:
        graded = GradedRun(request, host)
        finished = graded.run()
        host.close()
        return outcome(graded, finished)
    finally:
        host.close()
        if graded is not None:
            graded.close()


UNFINISHED = "This test did not finish: the time limit for the tests was reached."


def outcome(graded, finished):
    tests, plan = [], []
    for line in bytes(graded.results.data).decode("utf-8", "replace").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and isinstance(entry.get("plan"), list):
            plan = [p for p in entry["plan"] if isinstance(p, dict) and isinstance(p.get("name"), str)]
        elif isinstance(entry, dict) and isinstance(entry.get("name"), str):
            tests.append(entry)
    reported = {t["name"] for t in tests}
    # cut off by the time limit: the tests that never reported still count, as not passed
    # (a finished run may legitimately skip some: a failed setUpClass runs none of its class)
    for planned in plan if not finished else []:
        if planned["name"] not in reported:
            reported.add(planned["name"])
            tests.append({**planned, "outcome": "error", "passed": False, "message": UNFINISHED, "limit": "timeout"})
    stdout = graded.out.text() + "".join(i.out.text() for i in graded.old + [graded.current] if i)
    stderr = graded.err.text() + "".join(i.err.text() for i in graded.old + [graded.current] if i)
    summary = summarize(tests)
    status, error = "ok", None
    load = next((t.get("loadError") for t in tests if t.get("loadError")), None)
    if not finished:
        status = "timeout"
    elif load:
        status, error = "error", load
    elif not tests:
        status = "error"
        error = {"type": "HarnessError", "message": "The tests did not run.", "line": None}
    duration = (time.monotonic() - graded.started) * 1000
    result = {"status": status, "stdout": stdout, "stderr": stderr, "exitCode": None, "durationMs": duration}
    result.update(error=error, tests=tests, summary=summary)
    return result


def summarize(tests):
    counts = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0, "total": len(tests)}
    for t in tests:
        outcome = t.get("outcome")
        if t.get("passed"):
            counts["passed"] += 1
        elif outcome == "skipped":
            counts["skipped"] += 1
        elif outcome == "error":
            counts["errors"] += 1
        else:
            counts["failed"] += 1
    return counts
