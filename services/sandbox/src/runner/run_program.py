"""A plain run: the student's program with its stdin, under the clock and the output cap.

The run's processes are started ahead of its request (PreparedRun), right after the previous
run ended: they descend from the template like any run and hold nothing until their code
arrives, so the request's own path is only writing the code and reading what comes back.

An interactive run streams its output to the platform as it comes and waits for the student
when the program waits in input(): the wall clock stops meanwhile (CPU time still counts, and
waiting has a limit of its own). A traced run records its steps (tracer.py)."""

import codecs
import json
import math
import os
import select
import signal
import time

from runio import Counters, Feed, Stream, clean_error, describe_end, end_status, pump

MAX_TIMEOUT = 5.0
MAX_WAIT_FOR_INPUT = 300.0
MAX_TRACE_STEPS = 1000


class PreparedRun:
    def __init__(self, new_host):
        self.host = new_host()
        stdin_r, self.stdin_w = os.pipe()
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        pay_r, self.pay_w = os.pipe()
        rep_r, rep_w = os.pipe()
        ev_r, ev_w = os.pipe()
        st_r, st_w = os.pipe()
        self.out, self.err = Stream(out_r), Stream(err_r)
        self.rep, self.st = Stream(rep_r, 4 * 1024 * 1024), Stream(st_r, 4096)
        self.events = Stream(ev_r, 1 << 20)
        self.feeds = []
        try:
            limits = {"cpuSeconds": math.ceil(MAX_TIMEOUT), "openFiles": 64}
            self.host.spawn("run", [stdin_r, out_w, err_w, pay_r, rep_w, ev_w, st_w], limits, "run")
        except BaseException:
            self.close()
            raise

    def streams(self):
        return [self.out, self.err, self.rep, self.st]

    def close(self):
        self.host.close()
        for item in self.streams() + [self.events] + self.feeds:
            item.close()
        for fd in (self.stdin_w, self.pay_w):
            try:
                os.close(fd)
            except OSError:
                pass


class Live:
    """An interactive run's conversation with the platform (through the control channel)."""

    def __init__(self, control, rid, prepared):
        self.control, self.rid, self.prepared = control, rid, prepared
        self.decoders = {"stdout": codecs.getincrementaldecoder("utf-8")("replace")}
        self.decoders["stderr"] = codecs.getincrementaldecoder("utf-8")("replace")
        self.waiting_since = None
        self.waited = 0.0
        self.stopped = False

    def output(self, stream, data):
        text = self.decoders[stream].decode(data)
        if text:
            self.control.send({"id": self.rid, "event": "output", "stream": stream, "text": text})

    def echo(self, data):
        """What the student typed appears in the output, as a terminal shows it."""
        out = self.prepared.out
        room = out.cap - len(out.data)
        if room > 0:
            out.data += data[:room]
            self.output("stdout", data[:room])

    def waiting(self):
        if self.waiting_since is None:
            self.waiting_since = time.monotonic()
            self.control.send({"id": self.rid, "event": "input"})

    def answered(self):
        if self.waiting_since is not None:
            self.waited += time.monotonic() - self.waiting_since
            self.waiting_since = None

    def on_control(self, stdin, read=True):
        """Acts on the platform's messages; `read` False takes only those already buffered."""
        if read and not self.control.fill():
            self.stopped = True
            return
        for message in self.control.pending():
            if message.get("id") != self.rid:
                continue
            op = message.get("op")
            if op == "stdin":
                data = str(message.get("text", "")).encode()
                stdin.add(data)
                self.echo(data)
                self.answered()
            elif op == "eof":
                stdin.finish()
                self.answered()
            elif op == "stop":
                self.stopped = True


def handle_run(request, prepared, control):
    timeout = min(max(float(request.get("timeoutMs", 5000)) / 1000, 0.1), MAX_TIMEOUT)
    cpu_limit = math.ceil(timeout)
    interactive = bool(request.get("interactive"))
    payload = {"code": str(request.get("code", "")), "files": request.get("files") or [], "cpuSeconds": cpu_limit}
    if interactive:
        payload["interactive"] = True
    if request.get("trace"):
        payload["trace"] = {"maxSteps": MAX_TRACE_STEPS}
    counters = Counters()
    out, err, rep, st = prepared.streams()
    live = Live(control, request.get("id"), prepared) if interactive else None
    try:
        stdin = Feed(prepared.stdin_w, str(request.get("stdin") or "").encode(), keep_open=interactive)
        prepared.feeds = [Feed(prepared.pay_w, json.dumps(payload).encode()), stdin]
        started = time.monotonic()
        if live:
            finished = _interact(prepared, live, stdin, started, timeout)
        else:
            finished = pump(
                prepared.streams(), prepared.feeds, lambda: not st.open or out.over or err.over, started + timeout
            )
        duration = (time.monotonic() - started - (live.waited if live else 0)) * 1000
        truncated = out.over or err.over
        if finished and not truncated:
            # the program ended: let its last output and report arrive (a leftover child may
            # hold the pipes; killing the run's init below ends it)
            pump(prepared.streams(), [], lambda: not (out.open or err.open or rep.open), time.monotonic() + 0.05)
    finally:
        prepared.close()
    return _result(
        report_of(st, truncated), counters, finished, truncated, cpu_limit, out, err, rep, duration, live, request
    )


def report_of(st, truncated):
    return end_status(st) if not truncated else {}


def _interact(prepared, live, stdin, started, timeout):
    out, err, rep, st = prepared.streams()
    readers = {out.fd: ("stdout", out), err.fd: ("stderr", err), rep.fd: (None, rep), st.fd: (None, st)}
    # answers or a stop sent right after the request may have come in the same read as it:
    # select() below would never report them
    if live.control.has_line():
        live.on_control(stdin, read=False)
    while st.open and not (out.over or err.over) and not live.stopped:
        now = time.monotonic()
        if live.waiting_since is not None and now - live.waiting_since > MAX_WAIT_FOR_INPUT:
            return False
        deadline = started + timeout + live.waited + (now - live.waiting_since if live.waiting_since else 0)
        if now >= deadline:
            return False
        rfds = [fd for fd, (_, s) in readers.items() if s.open] + [live.control.fileno()]
        if prepared.events.open:
            rfds.append(prepared.events.fd)
        wfds = [f.fd for f in prepared.feeds if f.wants()]
        ready_r, ready_w, _ = select.select(rfds, wfds, [], min(deadline - now, 0.5))
        for f in prepared.feeds:
            if f.wants() and f.fd in ready_w:
                f.write()
        for fd in ready_r:
            if fd in readers:
                name, stream = readers[fd]
                if stream.open:
                    data = stream.read()
                    if name and data:
                        live.output(name, data)
            elif fd == prepared.events.fd:
                if prepared.events.read():
                    live.waiting()
            elif fd == live.control.fileno():
                live.on_control(stdin)
    if live.stopped:
        for pid in prepared.host.pids:
            os.kill(pid, signal.SIGKILL)
    return True


def _result(report, counters, finished, truncated, cpu_limit, out, err, rep, duration, live, request):
    if truncated:
        kind, sig = "output-limit", None
    elif live and live.stopped:
        kind, sig = "signal", "stopped"
    else:
        kind, sig = describe_end(report, counters, not finished, cpu_limit)
    raw = bytes(rep.data)
    error = clean_error(raw) if kind in ("error", "memory", "crashed", "signal") else None
    if kind == "error" and error and error["type"] == "MemoryError":
        kind = "memory"
    if kind in ("error", "crashed", "signal") and counters.pids_limited() and sig != "stopped":
        kind = "processes"
    status = report.get("status")
    exited = isinstance(status, int) and os.WIFEXITED(status)
    result = {"status": kind, "stdout": out.text(), "stderr": err.text(), "durationMs": duration}
    result.update(exitCode=os.WEXITSTATUS(status) if exited else None, error=error)
    if sig:
        result["signal"] = sig
    if request.get("trace"):
        result["trace"] = clean_trace(raw)
    return result


def clean_trace(raw):
    """The recorded steps, checked (the program could have written anything on that pipe)."""
    try:
        trace = json.loads(raw).get("trace") if raw else None
    except (ValueError, AttributeError):
        trace = None
    if not isinstance(trace, dict) or not isinstance(trace.get("steps"), list):
        return {"steps": [], "truncated": False}
    steps = [s for s in trace["steps"][:MAX_TRACE_STEPS] if isinstance(s, dict)]
    return {"steps": steps, "truncated": bool(trace.get("truncated"))}
