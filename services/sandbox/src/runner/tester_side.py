"""The tester's view of the student's code: proxies that forward over the socket."""
import builtins
import sys
import types

from rpc import _decode_plain, recv, send

_real_isinstance = builtins.isinstance
_real_issubclass = builtins.issubclass


class StudentCrashed(Exception):
    """The student's process stopped answering (it exited, crashed or was killed)."""


class Connection:
    def __init__(self, sock):
        self.sock = sock
        self.exc_classes = {}

    def request(self, **msg):
        try:
            send(self.sock, msg)
            reply = recv(self.sock)
            # the student's code asked for input(): answer with this side's input (a test may patch it)
            while "input" in reply:
                try:
                    send(self.sock, {"line": str(builtins.input(reply["input"]))})
                except Exception as exc:  # noqa: BLE001 - e.g. EOFError with nothing to read
                    send(self.sock, {"error": str(exc) or type(exc).__name__})
                reply = recv(self.sock)
        except (EOFError, OSError) as exc:
            raise StudentCrashed("your program stopped while it was being tested") from exc
        if reply.get("out"):
            sys.stdout.write(reply["out"])
        if "error" in reply:
            raise self.exception(reply["error"])
        return self.decode(reply["ok"])

    def exception(self, err):
        builtin = getattr(builtins, err["type"], None)
        # only Exception subclasses: SystemExit or KeyboardInterrupt must not reach unittest
        if "cls" not in err and _real_isinstance(builtin, type) and _real_issubclass(builtin, Exception):
            try:
                return builtin(err["message"])
            except Exception:
                return Exception(f"{err['type']}: {err['message']}")
        cls = self.decode(err["cls"]) if "cls" in err else None
        if _real_isinstance(cls, type):
            return cls(err["message"])
        return Exception(f"{err['type']}: {err['message']}")

    def decode(self, data):
        if "ref" in data:
            if "exc" in data:
                return self.exception_class(data)
            return RemoteRef(self, data["ref"], data.get("type", "object"), data.get("cls"))
        return _decode_plain(data, self.decode)

    def exception_class(self, data):
        """A real exception class standing for one the student defined, so assertRaises works."""
        handle = data["ref"]
        if handle not in self.exc_classes:
            base = getattr(builtins, data["exc"], Exception)
            if not (_real_isinstance(base, type) and _real_issubclass(base, Exception)):
                base = Exception
            parents = tuple(self.exception_class(b) for b in data.get("bases", []) if "exc" in b)
            cls = type(data.get("cls") or "StudentError", parents or (base,), {"_remote_handle": handle})
            self.exc_classes[handle] = cls
        return self.exc_classes[handle]

    def encode(self, value):
        if _real_isinstance(value, RemoteRef):
            return {"ref": object.__getattribute__(value, "_handle")}
        if _real_isinstance(value, type) and hasattr(value, "_remote_handle"):
            return {"ref": value._remote_handle}
        if value is None or _real_isinstance(value, (bool, int, float, str)):
            return {"v": value} if not (_real_isinstance(value, float) and value != value or value in (float("inf"), float("-inf"))) else {"float": repr(value)}
        if _real_isinstance(value, (list, tuple, set, frozenset)):
            kind = {list: "list", tuple: "tuple", set: "set", frozenset: "frozenset"}[type(value)]
            return {kind: [self.encode(v) for v in value]}
        if _real_isinstance(value, dict):
            return {"dict": [[self.encode(k), self.encode(v)] for k, v in value.items()]}
        # built-in functions (abs, len, str.upper…) travel by name: the student's side has them too
        name = getattr(value, "__qualname__", None)
        if callable(value) and name and _builtin_named(name) is value:
            return {"builtin": name}
        raise TypeError(f"cannot pass a {type(value).__name__} to the student's code")


def _builtin_named(qualname):
    obj = builtins
    for part in qualname.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


class RemoteRef:
    __slots__ = ("_conn", "_handle", "_type", "_cls")

    def __init__(self, conn, handle, type_name, cls_name):
        object.__setattr__(self, "_conn", conn)
        object.__setattr__(self, "_handle", handle)
        object.__setattr__(self, "_type", type_name)
        object.__setattr__(self, "_cls", cls_name)

    def _rpc(self, **msg):
        return object.__getattribute__(self, "_conn").request(obj=object.__getattribute__(self, "_handle"), **msg)

    def __getattr__(self, name):
        return self._rpc(op="getattr", name=name)

    def __setattr__(self, name, value):
        self._rpc(op="setattr", name=name, value=object.__getattribute__(self, "_conn").encode(value))

    def __call__(self, *args, **kwargs):
        conn = object.__getattribute__(self, "_conn")
        return self._rpc(op="call", args=[conn.encode(a) for a in args], kwargs={k: conn.encode(v) for k, v in kwargs.items()})

    def _method(self, name, *args):
        conn = object.__getattribute__(self, "_conn")
        return self._rpc(op="method", name=name, args=[conn.encode(a) for a in args])

    def __len__(self):
        return self._method("len")

    def __str__(self):
        return self._method("str")

    def __repr__(self):
        return self._method("repr")

    def __bool__(self):
        # a student's object never stands in for True/False: only a real bool counts
        raise TypeError(f"expected a value such as True or False, but got a {object.__getattribute__(self, '_type')} object")

    def __hash__(self):
        return self._method("hash")

    def __int__(self):
        return self._method("int")

    def __float__(self):
        return self._method("float")

    def __iter__(self):
        return iter(self._method("list"))


def _binary(name):
    def op(self, other):
        return self._method(name, other)
    op.__name__ = name
    return op


def _eq(self, other):
    # a student's object is never equal to plain data (an int, a str, a list…): an object
    # with a rigged __eq__ cannot pass an assertEqual against an expected value
    if not _real_isinstance(other, RemoteRef):
        return NotImplemented
    return self._method("__eq__", other)


RemoteRef.__eq__ = _eq
RemoteRef.__ne__ = lambda self, other: NotImplemented if not _real_isinstance(other, RemoteRef) else self._method("__ne__", other)

for _name in ("__lt__", "__le__", "__gt__", "__ge__", "__add__", "__sub__", "__mul__", "__truediv__",
              "__floordiv__", "__mod__", "__radd__", "__rsub__", "__rmul__", "__contains__", "__getitem__", "__delitem__"):
    setattr(RemoteRef, _name, _binary(_name))
RemoteRef.__setitem__ = lambda self, key, value: self._method("__setitem__", key, value)


def _remote_classes(classinfo):
    items = classinfo if _real_isinstance(classinfo, tuple) else (classinfo,)
    return [c for c in items if _real_isinstance(c, RemoteRef)]


def _isinstance(obj, classinfo):
    """isinstance across the process boundary: a student's object is an instance only of
    the student's classes (asked on their side); plain data is checked here as usual."""
    remote = _remote_classes(classinfo)
    if _real_isinstance(obj, RemoteRef):
        return any(obj._method("isinstance", c) for c in remote)
    local = tuple(c for c in (classinfo if _real_isinstance(classinfo, tuple) else (classinfo,)) if not _real_isinstance(c, RemoteRef))
    return bool(local) and _real_isinstance(obj, local)


def _issubclass(cls, classinfo):
    remote = _remote_classes(classinfo)
    if _real_isinstance(cls, RemoteRef):
        return any(cls._method("issubclass", c) for c in remote)
    local = tuple(c for c in (classinfo if _real_isinstance(classinfo, tuple) else (classinfo,)) if not _real_isinstance(c, RemoteRef))
    return bool(local) and _real_issubclass(cls, local)


def install(conn):
    """Makes `import student` (and isinstance/issubclass on its objects) work in the tester."""
    module = types.ModuleType("student")
    root = RemoteRef(conn, 0, "module", None)
    module.__getattr__ = lambda name: getattr(root, name)
    import sys
    sys.modules["student"] = module
    builtins.isinstance = _isinstance
    builtins.issubclass = _issubclass
