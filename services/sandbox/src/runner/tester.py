"""Grading a submission: the student's code and the hidden tests run in two
processes. The tests never touch the disk (the student's process could read
them); they live only in this process's memory and the tester's. The verdict
comes from the tester over a pipe that only the tester holds."""
import json
import os
import select
import socket
import sys
import time
import unittest

import errors
import rpc
import tester_side


def run(req, workdir, z):
    timeout_s = req["timeoutMs"] / 1000
    started = time.monotonic()
    deadline = started + timeout_s
    student_sock, tester_sock = socket.socketpair()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    stdin = z.stdin_fd("")

    student = os.fork()
    if student == 0:
        tester_sock.close()
        z.become_child(workdir, [stdin, out_w, err_w, student_sock.fileno()], timeout_s)
        serve_student(socket.socket(fileno=3), req["code"])
    student_sock.close()
    for fd in (out_w, err_w, stdin):
        os.close(fd)

    result_r, result_w = os.pipe()
    tester = os.fork()
    if tester == 0:
        null = os.open("/dev/null", os.O_RDWR)
        z.become_child(workdir, [null, null, null, tester_sock.fileno(), result_w], timeout_s, student=False)
        run_tests(socket.socket(fileno=3), req["tests"], 4)
    tester_sock.close()
    os.close(result_w)

    # the tester's verdict: read until it closes its pipe (or time runs out)
    verdict = bytearray()
    timed_out = False
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        ready, _, _ = select.select([result_r], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(result_r, 1 << 20)
        if not chunk:
            break
        verdict += chunk
    os.close(result_r)
    stdout, stderr, status, _t, truncated, _r, cpu = z.collect(student, out_r, err_r, None, min(deadline, time.monotonic() + 0.2))
    duration = (time.monotonic() - started) * 1000
    z.sweep()
    try:
        outcome = json.loads(verdict) if verdict else None
    except ValueError:
        outcome = None
    tests_source_names = outcome["tests"] if outcome else []
    load_error = outcome.get("loadError") if outcome else None
    if timed_out:
        kind = "timeout"
    elif truncated:
        kind = "output-limit"
    elif outcome is None:
        kind, _ = z.classify(status, False, False, b"", z.cpu_limit(timeout_s), cpu)
        kind = "error" if kind == "ok" else kind
    else:
        kind = "error" if load_error else "ok"
    tests = tests_source_names
    if outcome and outcome.get("harnessError"):
        kind = "error"
        load_error = {"type": "HarnessError", "message": "The tests themselves could not run: " + outcome["harnessError"].strip().splitlines()[-1], "line": None, "traceback": outcome["harnessError"]}
    summary = outcome["summary"] if outcome else {"passed": 0, "failed": 0, "errors": 0, "total": 0}
    return {"status": kind, "stdout": stdout, "stderr": stderr, "exitCode": None, "durationMs": duration, "error": load_error, "tests": tests, "summary": summary}


def serve_student(sock, source):
    """The student's side: load their code as module `student`, then answer the tester."""
    import types
    module = types.ModuleType("student")
    module.__file__ = "student.py"
    sys.modules["student"] = module
    try:
        exec(compile(source, "student.py", "exec"), module.__dict__)
        rpc.send(sock, {"ready": True})
    except BaseException as exc:  # noqa: BLE001
        report = errors.describe(exc, "student.py")
        sys.stderr.write(report["traceback"] + "\n")
        sys.stderr.flush()
        rpc.send(sock, {"ready": False, "error": report})
        os._exit(1)
    sys.stdout.flush()
    rpc.StudentServer(sock, module).serve()
    sys.stdout.flush()
    os._exit(0)


class Collector(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.outcomes = []

    def addSuccess(self, test):
        self.outcomes.append({"name": test.id().split(".", 1)[-1], "passed": True, "message": ""})

    def _fail(self, test, err, kind):
        exc = err[1]
        if isinstance(exc, AssertionError):
            message = f"AssertionError: {exc}"
        else:
            message = f"{type(exc).__name__}: {exc}"
        self.outcomes.append({"name": test.id().split(".", 1)[-1], "passed": False, "message": message, "kind": kind})

    def addFailure(self, test, err):
        self._fail(test, err, "failure")

    def addError(self, test, err):
        self._fail(test, err, "error")


def run_tests(sock, tests_source, result_fd):
    """The tester: trusted code only (the hidden tests), talking to the student's process by proxy."""
    try:
        outcome = _run_tests(sock, tests_source)
    except BaseException as exc:  # noqa: BLE001 - say so instead of producing no verdict
        import traceback
        outcome = {"tests": [], "summary": {"passed": 0, "failed": 0, "errors": 0, "total": 0}, "loadError": None, "harnessError": "".join(traceback.format_exception(exc))[-2000:]}
    data = json.dumps(outcome).encode()
    while data:
        data = data[os.write(result_fd, data):]
    os._exit(0)


def _run_tests(sock, tests_source):
    try:
        hello = rpc.recv(sock)
    except (EOFError, OSError):
        hello = {"ready": False, "error": {"type": "SystemExit", "message": "your program stopped before the tests could run (did it call exit()?)", "line": None}}
    load_error = None if hello.get("ready") else hello.get("error")
    if load_error:
        # the student's code did not load: collect the test names with a stand-in module
        sys.modules["student"] = _Placeholder("student")
    else:
        tester_side.install(tester_side.Connection(sock))
    module = type(sys)("tests")
    module.__file__ = "tests.py"
    sys.modules["tests"] = module
    exec(compile(tests_source, "tests.py", "exec"), module.__dict__)
    suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    result = Collector()
    if load_error:
        for test in _flatten(suite):
            result.outcomes.append({"name": test.id().split(".", 1)[-1], "passed": False, "message": f"{load_error['type']}: {load_error['message']}", "kind": "error"})
    else:
        suite.run(result)
    passed = sum(1 for o in result.outcomes if o["passed"])
    errored = sum(1 for o in result.outcomes if not o["passed"] and o.get("kind") == "error")
    return {
        "tests": [{k: v for k, v in o.items() if k != "kind"} for o in result.outcomes],
        "summary": {"passed": passed, "failed": len(result.outcomes) - passed - errored, "errors": errored, "total": len(result.outcomes)},
        "loadError": load_error,
    }


class _Placeholder(type(sys)):
    def __getattr__(self, name):
        return _Placeholder(name)

    def __call__(self, *args, **kwargs):
        return self


def _flatten(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from _flatten(item)
        else:
            yield item
