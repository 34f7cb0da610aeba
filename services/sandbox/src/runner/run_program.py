"""A plain run: the student's program with its stdin, under the clock and the output cap."""
import json
import math
import os
import time

from runio import Counters, Feed, Stream, clean_error, describe_end, end_status, pump

MAX_TIMEOUT = 5.0


def handle_run(request, new_host):
    timeout = min(max(float(request.get("timeoutMs", 5000)) / 1000, 0.1), MAX_TIMEOUT)
    cpu_limit = math.ceil(timeout)
    payload = json.dumps({"code": str(request.get("code", "")), "files": request.get("files") or []}).encode()
    stdin = str(request.get("stdin") or "").encode()
    counters = Counters()
    host = new_host()
    streams = []
    try:
        stdin_r, stdin_w = os.pipe()
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        pay_r, pay_w = os.pipe()
        rep_r, rep_w = os.pipe()
        st_r, st_w = os.pipe()
        out, err, rep, st = Stream(out_r), Stream(err_r), Stream(rep_r, 256 * 1024), Stream(st_r, 4096)
        streams = [out, err, rep, st]
        feeds = [Feed(pay_w, payload), Feed(stdin_w, stdin)]
        started = time.monotonic()
        limits = {"cpuSeconds": cpu_limit, "openFiles": 64}
        host.spawn("run", [stdin_r, out_w, err_w, pay_r, rep_w, st_w], limits, "run")
        finished = pump(streams, feeds, lambda: not st.open or out.over or err.over, started + timeout)
        duration = (time.monotonic() - started) * 1000
        truncated = out.over or err.over
        if finished and not truncated:
            # the program ended: let its last output and report arrive (a leftover child may
            # hold the pipes; killing the run's init below ends it)
            pump(streams, [], lambda: not (out.open or err.open or rep.open), time.monotonic() + 0.05)
    finally:
        host.close()
        for item in streams + locals().get("feeds", []):
            item.close()
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

