"""Grading without trusting the student's process.

The student's code runs in one process (the "student" side); the hidden tests
run in another (the "tester"), where `import student` gives a proxy that
forwards attribute access and calls over a socket. Only plain data crosses:
numbers, strings, containers, and opaque references to the student's objects.
The tester's own unittest, builtins and result pipe are out of the student
process's reach, so nothing the student's code does can make a test pass."""
import base64
import builtins
import contextlib
import io
import json
import math
import struct

MAX_MESSAGE = 4 * 1024 * 1024
MAX_ITEMS = 10_000
MAX_PRINTED = 64 * 1024


def send(sock, obj):
    data = json.dumps(obj, separators=(",", ":")).encode()
    if len(data) > MAX_MESSAGE:
        raise ValueError("value too large to transfer")
    sock.sendall(struct.pack(">I", len(data)) + data)


def recv(sock):
    header = _read_exact(sock, 4)
    if header is None:
        raise EOFError("the other side closed the connection")
    (size,) = struct.unpack(">I", header)
    if size > MAX_MESSAGE:
        raise ValueError("message too large")
    return json.loads(_read_exact(sock, size))


def _read_exact(sock, n):
    chunks = []
    while n:
        chunk = sock.recv(min(n, 65536))
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


# ---- the student side -------------------------------------------------------

class StudentServer:
    def __init__(self, sock, module):
        self.sock = sock
        self.objects = {0: module}
        self.ids = {id(module): 0}

    def ref(self, obj):
        key = id(obj)
        if key not in self.ids:
            handle = len(self.objects)
            self.objects[handle] = obj
            self.ids[key] = handle
        handle = self.ids[key]
        out = {"ref": handle, "type": type(obj).__name__}
        if isinstance(obj, type) and issubclass(obj, BaseException):
            out["exc"] = [c.__name__ for c in obj.__mro__ if c.__module__ == "builtins" and issubclass(c, BaseException)][0]
            # the student's own exception family travels too, so assertRaises(BaseClass) catches subclasses
            out["bases"] = [self.ref(b) for b in obj.__bases__ if b.__module__ != "builtins" and issubclass(b, BaseException)]
        if isinstance(obj, type):
            out["cls"] = obj.__name__
        return out

    def encode(self, value, depth=0):
        if depth > 50:
            raise ValueError("value nested too deeply")
        if value is None or isinstance(value, (bool, str)) or type(value) is int:
            return {"v": value}
        if type(value) is float:
            return {"v": value} if math.isfinite(value) else {"float": repr(value)}
        if type(value) in (list, tuple, set, frozenset):
            if len(value) > MAX_ITEMS:
                raise ValueError("collection too large")
            kind = {list: "list", tuple: "tuple", set: "set", frozenset: "frozenset"}[type(value)]
            return {kind: [self.encode(v, depth + 1) for v in value]}
        if type(value) is dict:
            if len(value) > MAX_ITEMS:
                raise ValueError("collection too large")
            return {"dict": [[self.encode(k, depth + 1), self.encode(v, depth + 1)] for k, v in value.items()]}
        if type(value) is bytes:
            return {"bytes": base64.b64encode(value).decode()}
        # containers of other types (Counter, defaultdict, namedtuple…) travel as their plain data,
        # read with the base type's own methods so an overridden __eq__ or __iter__ cannot lie
        if isinstance(value, dict):
            return self.encode(dict(dict.items(value)), depth)
        if isinstance(value, tuple):
            return self.encode(tuple(tuple.__iter__(value)), depth)
        if isinstance(value, list):
            return self.encode(list(list.__iter__(value)), depth)
        if isinstance(value, (set, frozenset)):
            return self.encode(set(set.__iter__(value)) if isinstance(value, set) else frozenset(frozenset.__iter__(value)), depth)
        return self.ref(value)

    def decode(self, data):
        if "ref" in data:
            return self.objects[data["ref"]]
        return _decode_plain(data, self.decode)

    def error(self, exc):
        cls = type(exc)
        out = {"type": cls.__name__, "message": str(exc)}
        if cls.__module__ != "builtins":
            out["cls"] = self.ref(cls)
        return {"error": out}

    def handle(self, msg):
        op = msg["op"]
        target = self.objects[msg["obj"]]
        if op == "getattr":
            return {"ok": self.encode(getattr(target, msg["name"]))}
        if op == "setattr":
            setattr(target, msg["name"], self.decode(msg["value"]))
            return {"ok": {"v": None}}
        if op == "call":
            args = [self.decode(a) for a in msg["args"]]
            kwargs = {k: self.decode(v) for k, v in msg["kwargs"].items()}
            return {"ok": self.encode(target(*args, **kwargs))}
        if op == "method":
            args = [self.decode(a) for a in msg["args"]]
            return {"ok": self.encode(getattr(builtins, msg["name"], None)(target, *args) if msg["name"] in ("len", "str", "repr", "bool", "hash", "int", "float", "list", "isinstance", "issubclass") else getattr(target, msg["name"])(*args))}
        raise ValueError(f"unknown op {op}")

    def remote_input(self, prompt=""):
        """input() while the tests are calling: the tester answers, so a test that patches
        builtins.input (unittest.mock) feeds the student's code as it would in one process."""
        send(self.sock, {"input": str(prompt)})
        reply = recv(self.sock)
        if "error" in reply:
            raise EOFError(reply["error"])
        return reply["line"]

    def serve(self):
        local_input = builtins.input
        while True:
            try:
                msg = recv(self.sock)
            except EOFError:
                return
            # what the student's code prints during a call goes back with the answer, so tests
            # that capture output (contextlib.redirect_stdout) see it on their side
            printed = io.StringIO()
            builtins.input = self.remote_input
            try:
                with contextlib.redirect_stdout(printed):
                    reply = self.handle(msg)
            except BaseException as exc:  # the student's exceptions travel back as data
                reply = self.error(exc)
            finally:
                builtins.input = local_input
            if printed.tell():
                reply["out"] = printed.getvalue()[:MAX_PRINTED]
            send(self.sock, reply)


def _decode_plain(data, decode):
    if "v" in data:
        return data["v"]
    if "float" in data:
        return float(data["float"])
    if "bytes" in data:
        return base64.b64decode(data["bytes"])
    if "builtin" in data:
        obj = builtins
        for part in str(data["builtin"]).split("."):
            obj = getattr(obj, part)
        return obj
    for kind, make in (("list", list), ("tuple", tuple), ("set", set), ("frozenset", frozenset)):
        if kind in data:
            return make(decode(v) for v in data[kind])
    if "dict" in data:
        return {decode(k): decode(v) for k, v in data["dict"]}
    raise ValueError("unknown value encoding")
