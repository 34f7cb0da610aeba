"""The tester: runs a teacher's unittest tests the way `python -m unittest` does, in a
process the student's code never shares. The tests and any helper modules arrive on the
tester's own pipe and never touch the disk; the student's code is reached through its module
proxy (connection.py). Results go out, one line per test, on a pipe only the tester holds."""

import importlib.abc
import importlib.util
import json
import os
import sys
import time
import types
import unittest
import unittest.mock
import warnings

import hooks
import rpc
from connection import Connection, StudentModule
from policy import TesterPolicy
from results import Collector


class HelperFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Helper modules that sit beside the tests (test_utils.py…), served from memory."""

    def __init__(self, sources):
        self.sources = sources

    def find_spec(self, fullname, path=None, target=None):
        if fullname in self.sources:
            return importlib.util.spec_from_loader(fullname, self, origin=f"{fullname}.py")
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        name = module.__name__
        module.__file__ = f"{name}.py"
        exec(compile(self.sources[name], module.__file__, "exec"), module.__dict__)


def write_files(files):
    for item in files:
        path = os.path.normpath(str(item["path"]))
        if path.startswith(("/", "..")):
            continue
        folder = os.path.dirname(path)
        if folder:
            os.makedirs(folder, exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(str(item.get("content", "")))


def failed_import(name, exc, fd):
    """What unittest reports when the tests module cannot be imported: one failed test."""
    collector = Collector(_NoConn(), fd)
    suite, _message = unittest.loader._make_failed_import_test(name, unittest.defaultTestLoader.suiteClass)
    for item in suite:
        collector.startTest(item)
        collector.addError(item, (type(exc), exc, exc.__traceback__))
        details = getattr(exc, "_el_details", None)
        if details is not None:
            # the student's own code failed to load: the platform shows this as its error
            collector.current["loadError"] = {
                "type": type(exc).__name__,
                "message": str(exc),
                "line": details.get("line"),
                "traceback": details.get("tb", ""),
            }
        collector.stopTest(item)


class _NoConn:
    calls = []
    module_name = "student"

    def begin_test(self):
        pass

    def lost(self, kill):
        return {"reason": "lost"}


def run(payload, ctl, result_fd):
    module_name = str(payload.get("moduleName") or "student")
    test_module = str(payload.get("testModule") or "tests")
    helpers = {str(k): str(v) for k, v in dict(payload.get("helpers") or {}).items()}
    TesterPolicy.test_modules = {test_module, *helpers}
    sys.meta_path.insert(0, HelperFinder(helpers))
    write_files(payload.get("files") or [])
    deadline = time.monotonic() + float(payload.get("budget", 5))
    conn = Connection(ctl, module_name, deadline)
    sys.modules[module_name] = StudentModule(module_name, conn)
    try:
        conn.ensure()
    except rpc.Lost as exc:
        failed_import(test_module, exc, result_fd)
        return
    except BaseException:  # noqa: BLE001 - the load error is raised again where tests use the module
        pass
    hooks.install(conn)
    module = types.ModuleType(test_module)
    module.__file__ = f"{test_module}.py"
    sys.modules[test_module] = module
    try:
        exec(compile(str(payload.get("tests", "")), module.__file__, "exec"), module.__dict__)
    except BaseException as exc:  # noqa: BLE001 - as unittest: the import fails, one error
        failed_import(test_module, exc, result_fd)
        return
    suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    result = Collector(conn, result_fd)
    result.announce(list(_flatten(suite)))
    with warnings.catch_warnings():
        # what `python -m unittest` does when no warning options are given
        warnings.simplefilter("default")
        result.startTestRun()
        suite.run(result)
        result.stopTestRun()


def _flatten(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from _flatten(item)
        else:
            yield item


def main(payload_fd=3, ctl_fd=4, result_fd=5):
    import socket

    with os.fdopen(payload_fd, "rb") as handle:
        payload = json.loads(handle.read())
    ctl = socket.socket(fileno=ctl_fd)
    try:
        run(payload, ctl, result_fd)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(0)
