"""Test results as a student reads them: every test named by what it checks, each outcome
as unittest decides it, and for a failure the call, what came back and what was expected,
in plain words. Each result is written as soon as its test ends, so a run cut short by
the time limit still reports the tests that finished."""

import json
import os
import re
import time
import unittest

import rpc
from remote import Remote

EQUALITY = {"assertEqual", "assertEquals", "assertListEqual", "assertTupleEqual", "assertDictEqual"}
EQUALITY |= {"assertSetEqual", "assertSequenceEqual", "assertMultiLineEqual", "assertCountEqual"}
EQUALITY |= {"assertAlmostEqual", "assertAlmostEquals"}
TRUTH = {"assertTrue": "a true value", "assertFalse": "a false value", "assertIsNone": "None"}
REASONS = {
    "memory": "Your code used more memory than allowed while this test ran, so it was stopped.",
    "timeout": "Your code took too long while this test ran (is there a loop that never ends?).",
    "processes": "Your code started too many processes or threads while this test ran.",
    "lost": "Your program stopped while this test was running.",
    "protocol": "Your program sent something the tests could not read, so it was stopped.",
}


def short(value, limit=300):
    try:
        text = repr(value)
    except BaseException:  # noqa: BLE001 - a proxy whose process is gone, or a broken __repr__
        text = f"<{type(value).__name__} object>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def humanize(test):
    doc = test.shortDescription() if hasattr(test, "shortDescription") else None
    if doc:
        return doc.strip()
    method = getattr(test, "_testMethodName", "") or str(test)
    words = re.sub(r"^test_?", "", method).replace("_", " ").strip()
    if not words or words.isdigit():
        cls = re.sub(r"(^Test|Tests?$)", "", type(test).__name__) or type(test).__name__
        cls = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", cls).lower()
        return f"{cls}, check {words or 1}"
    return words[0].upper() + words[1:]


def describe_call(call):
    remote, args, kwargs, _outcome = call
    path = object.__getattribute__(remote, "_el_path") or ()
    meta = object.__getattribute__(remote, "_el_meta")
    name = ".".join(path) or meta.get("n") or meta.get("t", "function")
    parts = [short(a, 80) for a in args] + [f"{k}={short(v, 80)}" for k, v in kwargs.items()]
    return f"{name}({', '.join(parts)})"


class Collector(unittest.TestResult):
    def __init__(self, conn, fd):
        super().__init__()
        self.conn = conn
        self.fd = fd
        self.entries = []
        self.current = None

    def announce(self, tests):
        """The tests about to run, first: any the time limit cuts off are still reported."""
        plan = [{"name": _name(t), "id": t.id(), "description": humanize(t)} for t in tests]
        self._write({"plan": plan})

    # ---- unittest's events ----------------------------------------------------------------
    def startTest(self, test):
        super().startTest(test)
        self.conn.begin_test()
        self.current = {"test": test, "outcome": None, "started": time.monotonic(), "subtests": []}

    def stopTest(self, test):
        super().stopTest(test)
        entry, self.current = self.current, None
        if entry is None:
            return
        if entry["outcome"] is None:
            failed = entry["subtests"]
            kind = "error" if any(s.get("kind") == "error" for s in failed) else "failed"
            entry.update(outcome=kind if failed else "passed", message=failed[0]["message"] if failed else "")
        self._emit(test, entry)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._set("passed", "")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._set("failed", **self._explain(err[1], failure=True))

    def addError(self, test, err):
        super().addError(test, err)
        if self.current is None or self.current["test"] is not test:
            # a class or module fixture (setUpClass…) failed: unittest reports it on its own
            self._emit(test, {"outcome": "error", **self._explain(err[1], failure=False)})
            return
        self._set("error", **self._explain(err[1], failure=False))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        if self.current is None or self.current["test"] is not test:
            self._emit(test, {"outcome": "skipped", "message": f"Skipped: {reason}"})
        else:
            self._set("skipped", f"Skipped: {reason}")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._set("expected-failure", "Failed, as this test expects.")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._set("unexpected-success", "Passed, but this test is marked as expected to fail.")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is None or self.current is None:
            return
        failure = issubclass(err[0], test.failureException)
        detail = self._explain(err[1], failure=failure)
        where = subtest._subDescription()
        detail["message"] = f"{where}: {detail['message']}"
        self.current["subtests"].append({"params": where, "kind": "failed" if failure else "error", **detail})

    # ---- building the entries -------------------------------------------------------------
    def _set(self, outcome, message="", **detail):
        if self.current is not None:
            self.current.update(outcome=outcome, message=message, **detail)

    def _emit(self, test, entry):
        started = entry.pop("started", None)
        entry.pop("test", None)
        subtests = entry.pop("subtests", [])
        outcome = entry["outcome"]
        out = {"name": _name(test), "id": test.id(), "description": humanize(test), **entry}
        out["passed"] = outcome in ("passed", "expected-failure")
        if subtests:
            out["subtests"] = [{k: v for k, v in s.items() if k != "kind"} for s in subtests[:20]]
        if started is not None:
            out["durationMs"] = round((time.monotonic() - started) * 1000, 1)
        self.entries.append(out)
        self._write(out)

    def _write(self, message):
        data = (json.dumps(message) + "\n").encode()
        while data:
            data = data[os.write(self.fd, data) :]

    def _explain(self, exc, failure):
        if isinstance(exc, rpc.Lost):
            reason = self.conn.lost(kill=exc.reason == "timeout")
            kind = reason.get("reason", "lost")
            text = REASONS.get(kind, REASONS["lost"])
            if kind == "lost" and reason.get("signal"):
                text = f"Your program crashed ({reason['signal']}) while this test was running."
            elif kind == "lost" and reason.get("code") is not None:
                text = f"Your program stopped (exit code {reason['code']}) while this test was running."
            return {"message": text, "limit": kind}
        if failure:
            return self._failure(exc)
        return self._error(exc)

    def _failure(self, exc):
        name, values = getattr(exc, "_el_assert", (None, ()))
        detail = {"message": _first_line(exc) or "The check failed."}
        call = self._last_call()
        if name in EQUALITY and len(values) >= 2:
            actual, expected = values[0], values[1]
            if call is not None and _same(call[3], values[1]) and not _same(call[3], values[0]):
                actual, expected = expected, actual
            detail.update(expected=short(expected), actual=short(actual))
            if call is not None and _same(call[3], actual):
                text = f"{describe_call(call)} returned {short(actual)}, but the test expected {short(expected)}."
            elif call is not None:
                text = f"After {describe_call(call)}, the test expected {short(expected)} but found {short(actual)}."
            else:
                text = f"The test expected {short(expected)} but found {short(actual)}."
            detail["message"] = text
        elif name in TRUTH and values:
            detail.update(expected=TRUTH[name], actual=short(values[0]))
            if call is not None:
                detail["message"] = f"{describe_call(call)} gave {short(values[0])}; the test expected {TRUTH[name]}."
        if call is not None:
            detail["call"] = describe_call(call)
        user = _user_message(exc)
        if user:
            detail["message"] += f" ({user})"
        return detail

    def _error(self, exc):
        call = self._last_call()
        details = getattr(exc, "_el_details", None) or {}
        text = f"{type(exc).__name__}: {exc}"
        raised_by_student = call is not None and call[3] is exc
        if raised_by_student:
            text = f"{describe_call(call)} raised {text}"
            if details.get("line"):
                text += f" (line {details['line']} of {self.conn.module_name}.py)"
        detail = {"message": text}
        if raised_by_student:
            detail["call"] = describe_call(call)
        if details.get("tb"):
            detail["traceback"] = str(details["tb"])[-2000:]
        return detail

    def _last_call(self):
        return self.conn.calls[-1] if self.conn.calls else None


def _same(a, b):
    return a is b or (isinstance(a, Remote) and isinstance(b, Remote) and a._el_h == b._el_h)


def _first_line(exc):
    return str(exc).strip().splitlines()[0][:500] if str(exc).strip() else ""


def _user_message(exc):
    # unittest appends the test's own msg after " : " (longMessage)
    text = str(exc)
    return text.rsplit(" : ", 1)[1].strip()[:300] if " : " in text else ""


def _name(test):
    method = getattr(test, "_testMethodName", None)
    return f"{type(test).__name__}.{method}" if method else test.id()
