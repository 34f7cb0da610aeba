"""The student's program in a plain run: compiled and run as __main__, with any files the
run provides written first (an exercise's story.txt). An uncaught exception is reported as
data on the report pipe; the supervisor treats that report as untrusted, like all of this
process's output."""
import json
import os
import sys

import errors


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


def run(payload, report_fd):
    source = str(payload.get("code", ""))
    write_files(payload.get("files") or [])
    namespace = {"__name__": "__main__", "__builtins__": __builtins__, "__file__": "main.py"}
    try:
        exec(compile(source, "main.py", "exec"), namespace)
    except SystemExit as exc:
        _flush()
        os._exit(exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1))
    except BaseException as exc:  # noqa: BLE001 - every student error is reported
        report = errors.describe(exc, "main.py", source)
        _flush()
        sys.stderr.write(report["traceback"] + "\n")
        sys.stderr.flush()
        data = json.dumps(report).encode()[: 256 * 1024]
        try:
            os.write(report_fd, data)
        except OSError:
            pass
        os._exit(1)
    _flush()
    os._exit(0)


def _flush():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001 - a closed or replaced stream
            pass
