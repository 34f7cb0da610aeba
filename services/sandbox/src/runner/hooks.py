"""Small hooks in the tester's own unittest, so tests behave as in one process:
- a failing assertion remembers the values it compared (for "returned X, expected Y");
- mock.patch of a standard-library name (builtins.input, random.randint, time.sleep…) is
  mirrored in the student's process for as long as the patch lasts;
- assertLogs sets the same logger level in the student's process, since that is where the
  student's code decides whether to log."""

import sys
import types
import unittest
import unittest._log
import unittest.mock

import rpc

ASSERTIONS = [name for name in dir(unittest.TestCase) if name.startswith("assert") and "Raises" not in name]
ASSERTIONS = [name for name in ASSERTIONS if "Warns" not in name and "Logs" not in name]
NOT_MIRRORED = {("sys", "stdout"), ("sys", "stderr")}  # the student's output is forwarded already


def _remember(name, method):
    def assertion(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except self.failureException as exc:
            if not hasattr(exc, "_el_assert"):
                exc._el_assert = (name, args[:2])
            raise

    assertion.__name__ = name
    assertion.__wrapped__ = method
    return assertion


def _stdlib_module(target):
    from connection import StudentModule

    if not isinstance(target, types.ModuleType) or isinstance(target, StudentModule):
        return None
    name = target.__name__
    return name if name.partition(".")[0] in sys.stdlib_module_names else None


def install(conn):
    for name in ASSERTIONS:
        method = getattr(unittest.TestCase, name)
        if not hasattr(method, "__wrapped__"):
            setattr(unittest.TestCase, name, _remember(name, method))

    def ask(*args):
        if conn.peer is None or not conn.peer.alive:
            return None
        try:
            return conn.peer.request(*args[:1], args=args[1:])
        except rpc.Lost:
            return None

    enter, leave = unittest.mock._patch.__enter__, unittest.mock._patch.__exit__

    def patch_enter(self):
        result = enter(self)
        module = _stdlib_module(self.target)
        if module and (module, self.attribute) not in NOT_MIRRORED:
            self._el_token = ask("patch", module, self.attribute, getattr(self.target, self.attribute))
        return result

    def patch_exit(self, *exc_info):
        token = self.__dict__.pop("_el_token", None)
        if token is not None:
            ask("unpatch", token)
        return leave(self, *exc_info)

    unittest.mock._patch.__enter__ = patch_enter
    unittest.mock._patch.__exit__ = patch_exit

    logs = unittest._log._AssertLogsContext
    logs_enter, logs_exit = logs.__enter__, logs.__exit__

    def logs_enter_hook(self):
        result = logs_enter(self)
        name = None if self.logger is self.logger.root else self.logger.name
        self._el_level = (name, ask("loglevel", name, self.level))
        return result

    def logs_exit_hook(self, *exc_info):
        name, old = self.__dict__.pop("_el_level", (None, None))
        if old is not None:
            ask("loglevel", name, old)
        return logs_exit(self, *exc_info)

    logs.__enter__ = logs_enter_hook
    logs.__exit__ = logs_exit_hook
