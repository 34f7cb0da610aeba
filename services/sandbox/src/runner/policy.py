"""What each side of the grader serves, and what names it accepts from the other side.

The student's process serves every operation on its own objects: it is the student's code,
and a test may do anything with it that unittest could. The tester serves only what a
student's code needs from the objects a test hands it (calls, public attributes, operators)
and never its internals: no dunder or frame attribute, no module, no changing a test's
objects except plain helper instances and mocks. It also accepts by name only harmless
built-ins and standard-library classes, so the student cannot name `setattr` or
`unittest.TestCase` into the tester's hands."""

import importlib
import operator
import sys
import types
import unittest
import unittest.mock

import codec

OPS = {
    "len": len,
    "bool": bool,
    "hash": hash,
    "str": str,
    "repr": repr,
    "bytes": bytes,
    "int": int,
    "float": float,
    "complex": complex,
    "index": operator.index,
    "iter": iter,
    "next": next,
    "reversed": reversed,
    "neg": operator.neg,
    "pos": operator.pos,
    "abs": abs,
    "invert": operator.invert,
    "eq": operator.eq,
    "ne": operator.ne,
    "lt": operator.lt,
    "le": operator.le,
    "gt": operator.gt,
    "ge": operator.ge,
    "contains": operator.contains,
    "getitem": operator.getitem,
    "setitem": operator.setitem,
    "delitem": operator.delitem,
    "divmod": divmod,
    "rdivmod": lambda a, b: divmod(b, a),
    "format": format,
    "round": round,
    "dir": dir,
    "pow": lambda a, b, m=None: pow(a, b, m),
    "rpow": lambda a, b, m=None: pow(b, a, m),
    "ipow": operator.ipow,
    "enter": lambda o: type(o).__enter__(o),
    "exit": lambda o, t, e: type(o).__exit__(o, t, e, None),
    "instancecheck": lambda cls, obj: isinstance(obj, cls),
    "subclasscheck": lambda cls, c: issubclass(c, cls),
}
_NUMERIC = {
    "add": operator.add,
    "sub": operator.sub,
    "mul": operator.mul,
    "matmul": operator.matmul,
    "truediv": operator.truediv,
    "floordiv": operator.floordiv,
    "mod": operator.mod,
    "lshift": operator.lshift,
    "rshift": operator.rshift,
    "and": operator.and_,
    "xor": operator.xor,
    "or": operator.or_,
}
for _name, _fn in _NUMERIC.items():
    OPS[_name] = _fn
    OPS["r" + _name] = lambda a, b, f=_fn: f(b, a)
    OPS["i" + _name] = getattr(operator, "i" + _name)


def _qualified(obj):
    module = getattr(obj, "__module__", None)
    qualname = getattr(obj, "__qualname__", None)
    if not isinstance(module, str) or not isinstance(qualname, str) or "<" in qualname:
        return None
    return module, qualname


def _resolve(module, qualname):
    try:
        obj = sys.modules.get(module) or importlib.import_module(module)
        for part in qualname.split("."):
            obj = getattr(obj, part)
        return obj
    except Exception:  # noqa: BLE001
        return None


def _is_stdlib(module):
    top = module.partition(".")[0]
    return top in sys.stdlib_module_names and top not in ("__main__",)


class Policy:
    """The student's side: everything is served; names resolve to the local objects."""

    def name_of(self, obj):
        if isinstance(obj, types.ModuleType):
            return {"mod": obj.__name__} if _is_stdlib(obj.__name__) else None
        if not (isinstance(obj, type) or callable(obj)):
            return None
        where = _qualified(obj)
        if where is None:
            return None
        module, qualname = where
        if module == "builtins":
            return {"bi": qualname} if _resolve("builtins", qualname) is obj else None
        if _is_stdlib(module) and _resolve(module, qualname) is obj:
            return {"std": [module, qualname]}
        return None

    def resolve_name(self, data):
        if "mod" in data:
            return importlib.import_module(str(data["mod"]))
        module, qualname = ("builtins", data["bi"]) if "bi" in data else data["std"]
        obj = _resolve(str(module), str(qualname))
        if obj is None:
            raise codec.CodecError(f"{module}.{qualname} is not available here")
        return obj

    def serve(self, op, target, args, kwargs, message):
        name = str(message.get("name", ""))
        if op == "getattr":
            return getattr(target, name)
        if op == "setattr":
            return setattr(target, name, args[0])
        if op == "delattr":
            return delattr(target, name)
        if op == "call":
            return target(*args, **kwargs)
        if op == "op" and name in OPS:
            return OPS[name](target, *args)
        raise TypeError(f"unsupported operation {op} {name}")

    def exception_class(self, cls):
        return cls if isinstance(cls, type) and issubclass(cls, BaseException) else Exception

    def exception_details(self, exc):
        return {}

    def bad_value(self, exc):
        return TypeError(str(exc))


class StudentInterrupt(BaseException):
    """KeyboardInterrupt (or GeneratorExit) raised by the student's code during a test: an
    error for that test, and never something the tester itself reacts to."""


_BUILTINS_DENIED = {"getattr", "setattr", "delattr", "eval", "exec", "compile", "open", "__import__"}
_BUILTINS_DENIED |= {"globals", "locals", "vars", "input", "breakpoint", "help", "exit", "quit", "super"}
_SAFE_MODULES = {"datetime", "decimal", "fractions", "collections", "numbers", "math", "cmath", "operator"}
_SAFE_MODULES |= {"string", "re", "functools", "itertools", "statistics", "random", "json", "enum", "heapq"}
_SAFE_MODULES |= {"bisect", "array", "textwrap", "calendar", "time", "zoneinfo", "copy", "typing"}
_SAFE_READ = {"__name__", "__qualname__", "__doc__", "__module__", "__wrapped__"}
_INTROSPECTIVE = (types.ModuleType, types.FrameType, types.CodeType, types.TracebackType, types.CellType)
_INTERNAL_PREFIXES = ("gi_", "cr_", "ag_", "f_", "tb_", "co_", "func_")


def _writable(target):
    """Objects of a test's a student's code may change: mocks, namespaces and instances of
    classes the tests (or their helper files) define, never unittest's own or a class."""
    if isinstance(target, (type, types.ModuleType, types.FunctionType, types.MethodType)):
        return False
    if isinstance(target, (unittest.mock.NonCallableMock, types.SimpleNamespace)):
        return True
    cls = type(target)
    if issubclass(cls, (unittest.TestCase, unittest.TestSuite, unittest.TestResult)):
        return False
    return getattr(cls, "__module__", "") in TesterPolicy.test_modules


class TesterPolicy(Policy):
    """The tester's side: a narrow surface for the student's code."""

    test_modules = set()

    def resolve_name(self, data):
        if "mod" in data:
            if str(data["mod"]) in _SAFE_MODULES:
                return importlib.import_module(str(data["mod"]))
            raise codec.CodecError(f"the module {data['mod']} cannot be passed to the tests")
        if "bi" in data:
            name = str(data["bi"])
            if name.split(".")[0] in _BUILTINS_DENIED or name.startswith("_"):
                raise codec.CodecError(f"{name} cannot be passed to the tests")
            return super().resolve_name(data)
        module, qualname = str(data["std"][0]), str(data["std"][1])
        if not _is_stdlib(module) or any(p.startswith("_") for p in qualname.split(".")):
            raise codec.CodecError(f"{module}.{qualname} cannot be passed to the tests")
        obj = super().resolve_name(data)
        exception = isinstance(obj, type) and issubclass(obj, BaseException)
        if not exception and module.partition(".")[0] not in _SAFE_MODULES:
            raise codec.CodecError(f"{module}.{qualname} cannot be passed to the tests")
        return obj

    def serve(self, op, target, args, kwargs, message):
        name = str(message.get("name", ""))
        if isinstance(target, _INTROSPECTIVE):
            raise TypeError("that object is not available to your code")
        if op == "getattr":
            if (name.startswith("_") and name not in _SAFE_READ) or name.startswith(_INTERNAL_PREFIXES):
                raise AttributeError(f"'{type(target).__name__}' object attribute '{name}' is not available")
            value = getattr(target, name)
            if isinstance(value, _INTROSPECTIVE):
                raise AttributeError(f"'{type(target).__name__}' object attribute '{name}' is not available")
            return value
        if op in ("setattr", "delattr"):
            if name.startswith("_") or not _writable(target):
                raise AttributeError(f"cannot change attribute '{name}' of a '{type(target).__name__}' object")
        if op == "op" and name in ("setitem", "delitem") and isinstance(target, type):
            raise TypeError("that object cannot be changed by your code")
        if op not in ("setattr", "delattr", "call", "op"):
            raise TypeError(f"unsupported operation {op}")
        return super().serve(op, target, args, kwargs, message)

    def exception_class(self, cls):
        if cls in (KeyboardInterrupt, GeneratorExit):
            return StudentInterrupt
        return super().exception_class(cls)

    def bad_value(self, exc):
        return TypeError(f"your code gave back a value the tests could not read ({exc})")
