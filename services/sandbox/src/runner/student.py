"""The student's side of grading: the student's code, loaded as its own module, answering
the tester's requests. Everything the code prints, warns or logs while it is being called
travels back with the answer, so a test that captures output, uses assertWarns or
assertLogs sees it as it would in one process."""

import importlib
import io
import logging
import sys
import types
import warnings

import errors
import rpc
from policy import Policy

MAX_PRINTED = 1024 * 1024
_MISSING = object()


class StudentSidePolicy(Policy):
    def __init__(self, filename):
        self.filename = filename

    def exception_details(self, exc):
        report = errors.describe(exc, self.filename)
        return {"tb": report["traceback"][-4000:], "line": report["line"]}


class Capture:
    """Output, warnings and log records made by the student's code since the last message."""

    def __init__(self, peer):
        self.peer = peer
        self.out = io.StringIO()
        self.err = io.StringIO()
        self.warnings = []
        self.records = []
        sys.stdout, sys.stderr = self.out, self.err
        warnings.simplefilter("always")
        warnings.showwarning = self.warn
        logging.root.addHandler(_Forward(self.records))

    def warn(self, message, category, filename, lineno, file=None, line=None):
        if len(self.warnings) < 100:
            self.warnings.append((str(message), category, str(filename), int(lineno or 0)))

    def drain(self):
        out = {}
        for key, buf in (("out", self.out), ("err", self.err)):
            text = buf.getvalue()
            if text:
                out[key] = text[:MAX_PRINTED]
                buf.seek(0)
                buf.truncate()
        if self.warnings:
            enc = self.peer.encoder()
            out["warn"] = [[m, enc.encode(c), f, n] for m, c, f, n in self.warnings]
            self.warnings.clear()
        if self.records:
            out["log"] = self.records[:200]
            self.records.clear()
        return out


class _Forward(logging.Handler):
    def __init__(self, records):
        super().__init__(logging.NOTSET)
        self.records = records

    def emit(self, record):
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string in the student's log call
            message = str(record.msg)
        fields = {"name": record.name, "levelno": record.levelno, "levelname": record.levelname}
        fields.update({"msg": message, "pathname": record.pathname, "lineno": record.lineno})
        self.records.append({**fields, "funcName": record.funcName})


class Patches:
    """A test's mock.patch of a standard-library name (builtins.input, random.randint…),
    mirrored here so the student's code sees the patched value, and undone with it."""

    def __init__(self):
        self.saved = {}

    def patch(self, module, attribute, value):
        target = sys.modules.get(module) or importlib.import_module(module)
        old = target.__dict__.get(attribute, _MISSING)
        setattr(target, attribute, value)
        token = len(self.saved) + 1
        self.saved[token] = (target, attribute, old)
        return token

    def unpatch(self, token):
        target, attribute, old = self.saved.pop(token)
        if old is _MISSING:
            delattr(target, attribute)
        else:
            setattr(target, attribute, old)

    def log_level(self, name, level):
        logger = logging.getLogger(name or None)
        old = logger.level
        logger.setLevel(level)
        return old


def serve(payload, sock):
    name = str(payload.get("moduleName") or "student")
    filename = f"{name}.py"
    module = types.ModuleType(name)
    module.__file__ = filename
    sys.modules[name] = module
    peer = rpc.Peer(sock, StudentSidePolicy(filename))
    peer.export(module)
    capture = Capture(peer)
    peer.outgoing = capture.drain
    patches = Patches()
    code = str(payload.get("code", ""))
    peer.handlers["load"] = lambda: exec(compile(code, filename, "exec"), module.__dict__)
    peer.handlers["patch"] = patches.patch
    peer.handlers["unpatch"] = patches.unpatch
    peer.handlers["loglevel"] = patches.log_level
    peer.serve_forever()
