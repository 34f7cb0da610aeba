"""The oracle for the grader's fidelity tests: `python -m unittest <module>` itself, with a
result class that records each test's outcome as JSON instead of printing dots."""

import json
import sys
import unittest


class Recorder(unittest.TextTestResult):
    outcomes = {}

    def _put(self, test, outcome):
        name = f"{type(test).__name__}.{test._testMethodName}" if hasattr(test, "_testMethodName") else test.id()
        # a failed subtest marks its test failed (an error in one, errored); nothing later undoes it
        rank = {"error": 2, "failed": 1}
        if rank.get(Recorder.outcomes.get(name), 0) > rank.get(outcome, 0):
            return
        Recorder.outcomes[name] = outcome

    def addSuccess(self, test):
        super().addSuccess(test)
        self._put(test, "passed")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._put(test, "failed")

    def addError(self, test, err):
        super().addError(test, err)
        self._put(test, "error")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._put(test, "skipped")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._put(test, "expected-failure")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._put(test, "unexpected-success")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self._put(test, "failed" if issubclass(err[0], test.failureException) else "error")


if __name__ == "__main__":
    sys.path.insert(0, ".")
    runner = unittest.TextTestRunner(resultclass=Recorder, stream=open("/dev/null", "w"))
    try:
        unittest.main(module=None, argv=["python -m unittest", sys.argv[1]], testRunner=runner, exit=False)
    except BaseException as exc:  # noqa: BLE001 - unittest itself stopped (a SyntaxError while importing)
        print(json.dumps({"__crashed__": f"{type(exc).__name__}: {exc}"}))
    else:
        print(json.dumps(Recorder.outcomes))
