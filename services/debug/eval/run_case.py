"""Runs one student program the way the sandbox harness does (compile as main.py, exec as __main__) and
prints the error report with explain()'s analysis as JSON. Used by the debug evals; library dir in argv[1]."""

import json
import os
import sys

# never write .pyc files into the sandbox runner directory
sys.dont_write_bytecode = True

RUNNER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "sandbox", "src", "runner")
sys.path.insert(0, RUNNER)
import errors  # noqa: E402
import explain  # noqa: E402

lib = sys.argv[1] if len(sys.argv) > 1 else ""
if lib:
    explain.preload(lib)
else:
    explain._friendly = False
source = sys.stdin.read()
out = {"status": "ok"}
sys.stdin = open(os.devnull)
real_stdout = sys.stdout
sys.stdout = open(os.devnull, "w")
try:
    exec(compile(source, "main.py", "exec"), {"__name__": "__main__"})
except BaseException as exc:  # noqa: BLE001
    report = errors.describe(exc, "main.py")
    report["analysis"] = explain.explain(exc, source, "main.py")
    out = {"status": "error", "error": report}
sys.stdout = real_stdout
print(json.dumps(out))
