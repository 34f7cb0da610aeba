"""A plain run: the student's program with its stdin, under the clock and the output cap.

The run's processes are started ahead of its request (PreparedRun), right after the previous
run ended: they descend from the template like any run and hold nothing until their code
arrives, so the request's own path is only writing the code and reading what comes back."""
import json
import math
import os
import time

from runio import Counters, Feed, Stream, clean_error, describe_end, end_status, pump

MAX_TIMEOUT = 5.0


class PreparedRun:
    def __init__(self, new_host):
        self.host = new_host()
        stdin_r, self.stdin_w = os.pipe()
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        pay_r, self.pay_w = os.pipe()
        rep_r, rep_w = os.pipe()
        st_r, st_w = os.pipe()
        self.out, self.err = Stream(out_r), Stream(err_r)
        self.rep, self.st = Stream(rep_r, 256 * 1024), Stream(st_r, 4096)
        self.feeds = []
        try:
            limits = {"cpuSeconds": math.ceil(MAX_TIMEOUT), "openFiles": 64}
            self.host.spawn("run", [stdin_r, out_w, err_w, pay_r, rep_w, st_w], limits, "run")
        except BaseException:
            self.close()
            raise

    def streams(self):
        return [self.out, self.err, self.rep, self.st]

    def close(self):
        self.host.close()
        for item in self.streams() + self.feeds:
            item.close()
        for fd in (self.stdin_w, self.pay_w):
            try:
                os.close(fd)
            except OSError:
                pass


def handle_run(request, prepared):
    timeout = min(max(float(request.get("timeoutMs", 5000)) / 1000, 0.1), MAX_TIMEOUT)
    cpu_limit = math.ceil(timeout)
    code = str(request.get("code", ""))
    payload = {"code": code, "files": request.get("files") or [], "cpuSeconds": cpu_limit}
    stdin = str(request.get("stdin") or "").encode()
    counters = Counters()
    out, err, rep, st = prepared.streams()
    try:
        prepared.feeds = [Feed(prepared.pay_w, json.dumps(payload).encode()), Feed(prepared.stdin_w, stdin)]
        started = time.monotonic()
        finished = pump(prepared.streams(), prepared.feeds, lambda: not st.open or out.over or err.over, started + timeout)
        duration = (time.monotonic() - started) * 1000
        truncated = out.over or err.over
        if finished and not truncated:
            # the program ended: let its last output and report arrive (a leftover child may
            # hold the pipes; killing the run's init below ends it)
            pump(prepared.streams(), [], lambda: not (out.open or err.open or rep.open), time.monotonic() + 0.05)
    finally:
        prepared.close()
    report = end_status(st) if not truncated else {}
    if truncated:
        kind, sig = "output-limit", None
    else:
        kind, sig = describe_end(report, counters, not finished, cpu_limit)
    error = clean_error(bytes(rep.data)) if kind in ("error", "memory", "crashed", "signal") else None
    if kind == "error" and error and error["type"] == "MemoryError":
        kind = "memory"
    if kind in ("error", "crashed", "signal") and counters.pids_limited():
        kind = "processes"
    status = report.get("status")
    exited = isinstance(status, int) and os.WIFEXITED(status)
    result = {"status": kind, "stdout": out.text(), "stderr": err.text(), "durationMs": duration}
    result.update(exitCode=os.WEXITSTATUS(status) if exited else None, error=error)
    if sig:
        result["signal"] = sig
    return result
