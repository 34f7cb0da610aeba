"""The tester's link to the student's code: a process it asks the supervisor for, loads the
student's module into, and replaces with a fresh one when it dies (out of memory, out of
time, crashed), so the next test starts clean. Also the module object tests import."""

import json
import logging
import socket
import sys
import time
import types
import warnings

import rpc
from policy import TesterPolicy

MAX_FORWARDED = 1024 * 1024


class Connection:
    def __init__(self, ctl, module_name, deadline):
        self.ctl = ctl
        self.module_name = module_name
        self.deadline = deadline
        self.peer = None
        self.load_error = None
        self.lost_reason = None
        self.forwarded = 0
        self.calls = []
        # one test may use half the budget at most, so a runaway test leaves time for the rest
        self.per_test = max(1.0, (deadline - time.monotonic()) / 2)
        self.test_deadline = deadline

    def begin_test(self):
        self.calls.clear()
        self.test_deadline = min(self.deadline, time.monotonic() + self.per_test)

    def clock(self):
        return min(self.deadline, self.test_deadline)

    # ---- the supervisor -------------------------------------------------------------------
    def _ask(self, message):
        self.ctl.sendall(json.dumps(message).encode())
        data, fds, _flags, _addr = socket.recv_fds(self.ctl, 65536, 1)
        if not data:
            raise rpc.Lost("the sandbox stopped", "lost")
        return json.loads(data), fds

    def start(self):
        """A fresh student process with the student's module loaded (or its load error kept)."""
        if time.monotonic() >= self.deadline:
            raise rpc.Lost("the time limit for the tests was reached", "timeout")
        reply, fds = self._ask({"op": "student"})
        if not fds:
            raise rpc.Lost(str(reply.get("error", "the program could not be started")), "lost")
        sock = socket.socket(fileno=fds[0])
        self.peer = rpc.Peer(sock, TesterPolicy(), deadline=self.clock)
        self.peer.incoming = self._incoming
        self.peer.on_call = self._record_call
        self.peer.revive = self._revive
        self.lost_reason = None
        try:
            self.peer.request("load")
            self.load_error = None
        except rpc.Lost:
            raise
        except BaseException as exc:  # noqa: BLE001 - the student's module failed to load
            self.load_error = exc

    def ensure(self):
        if self.peer is None or not self.peer.alive:
            self.start()
        if self.load_error is not None:
            raise self.load_error

    def lost(self, kill):
        """Why the student's process stopped answering; `kill` ends one that is still running."""
        if self.peer is not None:
            self.peer.alive = False
        if self.lost_reason is None:
            try:
                reply, _ = self._ask({"op": "lost", "kill": kill})
            except (OSError, ValueError, rpc.Lost):
                reply = {"reason": "lost"}
            self.lost_reason = reply
        return self.lost_reason

    # ---- what the student's side sends along ----------------------------------------------
    def _incoming(self, message):
        for key, stream in (("out", sys.stdout), ("err", sys.stderr)):
            text = message.get(key)
            if isinstance(text, str) and self.forwarded < MAX_FORWARDED:
                self.forwarded += len(text)
                stream.write(text)
        for item in message.get("warn", [])[:100]:
            self._warn(item)
        for fields in message.get("log", [])[:200]:
            if isinstance(fields, dict):
                record = logging.makeLogRecord({k: fields.get(k) for k in _LOG_FIELDS})
                logging.getLogger(None if record.name == "root" else str(record.name)).handle(record)

    def _warn(self, item):
        try:
            text, category, filename, lineno = item
            category = self.peer.decoder().decode(category)
            if not (isinstance(category, type) and issubclass(category, Warning)):
                category = UserWarning
            warnings.warn_explicit(str(text), category, str(filename), int(lineno))
        except (ValueError, TypeError):
            pass

    def _revive(self, path):
        self.ensure()
        value = self.peer.deref({"r": 0, "t": "module"})
        for name in path:
            value = getattr(value, name)
        return value

    def _record_call(self, remote, args, kwargs, outcome):
        self.calls.append((remote, args, kwargs, outcome))
        del self.calls[:-20]


_LOG_FIELDS = ("name", "levelno", "levelname", "msg", "pathname", "lineno", "funcName")


class StudentModule(types.ModuleType):
    """`import word_count` in the tests: a module whose names live in the student's process."""

    def __init__(self, name, conn):
        super().__init__(name)
        object.__setattr__(self, "_el_conn", conn)
        object.__setattr__(self, "__file__", f"{name}.py")

    def _el_root(self):
        conn = object.__getattribute__(self, "_el_conn")
        conn.ensure()
        return conn.peer.deref({"r": 0, "t": "module"})

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__") and name != "__all__":
            raise AttributeError(name)
        value = getattr(self._el_root(), name)
        if isinstance(value, rpc.Remote) and object.__getattribute__(value, "_el_path") is None:
            object.__setattr__(value, "_el_path", (name,))
        return value

    def __setattr__(self, name, value):
        if name.startswith("__") and name.endswith("__"):
            object.__setattr__(self, name, value)
        else:
            setattr(self._el_root(), name, value)

    def __delattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            object.__delattr__(self, name)
        else:
            delattr(self._el_root(), name)

    def __dir__(self):
        return dir(self._el_root())
