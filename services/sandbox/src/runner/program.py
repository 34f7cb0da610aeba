"""The student's program in a plain run: compiled and run as __main__, with any files the
run provides written first (an exercise's story.txt). An uncaught exception is reported as
data on the report pipe; the supervisor treats that report as untrusted, like all of this
process's output.

Interactive runs stream their output and say when input() waits (one byte on the events
pipe), so the student answers in the console; traced runs record each step (tracer.py)."""

import builtins
import json
import os
import sys

import errors

EVENTS_FD = 5


def write_files(files):
    for item in files[:50]:
        path = os.path.normpath(str(item.get("path", "")))
        if not path or path.startswith(("/", "..")):
            continue
        folder = os.path.dirname(path)
        if folder:
            os.makedirs(folder, exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(str(item.get("content", "")))


def interactive_input(prompt=""):
    """input() that tells the console it is waiting, then reads one line, as a terminal would."""
    sys.stdout.write(str(prompt))
    sys.stdout.flush()
    try:
        os.write(EVENTS_FD, b"i")
    except OSError:
        pass
    line = sys.stdin.readline()
    if not line:
        raise EOFError("EOF when reading a line")
    return line[:-1] if line.endswith("\n") else line


def run(payload, report_fd):
    source = str(payload.get("code", ""))
    write_files(payload.get("files") or [])
    if payload.get("interactive"):
        sys.stdout.reconfigure(line_buffering=True, write_through=True)
        sys.stderr.reconfigure(line_buffering=True, write_through=True)
        builtins.input = interactive_input
    namespace = {"__name__": "__main__", "__builtins__": __builtins__, "__file__": "main.py"}
    tracer = None
    if payload.get("trace"):
        import tracer as tracing

        tracer = tracing.Tracer(int(payload["trace"].get("maxSteps", 1000)))
    try:
        code = compile(source, "main.py", "exec")
        if tracer:
            tracer.run(code, namespace)
        else:
            exec(code, namespace)
    except SystemExit as exc:
        _finish(report_fd, tracer, None)
        os._exit(exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1))
    except BaseException as exc:  # noqa: BLE001 - every student error is reported
        report = errors.describe(exc, "main.py", source)
        _flush()
        sys.stderr.write(report["traceback"] + "\n")
        sys.stderr.flush()
        _finish(report_fd, tracer, report)
        os._exit(1)
    _finish(report_fd, tracer, None)
    os._exit(0)


def _finish(report_fd, tracer, report):
    _flush()
    if tracer is None and report is None:
        return
    message = {**(report or {})}
    if tracer is not None:
        message["trace"] = tracer.result()
    data = json.dumps(message).encode()[: 4 * 1024 * 1024]
    try:
        while data:
            data = data[os.write(report_fd, data) :]
    except OSError:
        pass


def _flush():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001 - a closed or replaced stream
            pass
