"""Step-through for a beginner's program: at each line, call, return and exception in the
student's own code (main.py), the line, the call stack, the variables (as short reprs) and how
much had been printed. Bounded: after `max_steps` the program runs on untraced."""

import reprlib
import sys
import types

_repr = reprlib.Repr()
_repr.maxstring, _repr.maxother, _repr.maxlist, _repr.maxdict = 60, 60, 12, 12
_repr.maxlevel = 3
HIDDEN = (types.ModuleType, types.FunctionType, type, types.BuiltinFunctionType)


def short(value):
    try:
        return _repr.repr(value)
    except Exception:  # noqa: BLE001 - a student's __repr__ that fails
        return f"<{type(value).__name__} object>"


def variables(mapping):
    out = {}
    for name, value in list(mapping.items())[:40]:
        if name.startswith("__"):
            continue
        if isinstance(value, HIDDEN):
            out[name] = f"<{type(value).__name__} {getattr(value, '__name__', '')}>".replace(" >", ">")
        else:
            out[name] = short(value)
    return out


class Tracer:
    def __init__(self, max_steps):
        self.max_steps = max_steps
        self.steps = []
        self.truncated = False
        self.printed = 0

    def run(self, code, namespace):
        sys.stdout = _Counting(sys.stdout, self)  # how much had been printed at each step
        sys.settrace(self._global)
        try:
            exec(code, namespace)
        finally:
            sys.settrace(None)

    def _global(self, frame, event, arg):
        if frame.f_code.co_filename != "main.py":
            return None
        if frame.f_code.co_name != "<module>":  # the program's own start is not a step
            self._record(frame, event, arg)
        return self._local

    def _local(self, frame, event, arg):
        module_end = event == "return" and frame.f_code.co_name == "<module>"
        if event in ("line", "return", "exception") and not module_end:
            self._record(frame, event, arg)
        return self._local

    def _record(self, frame, event, arg):
        if len(self.steps) >= self.max_steps:
            self.truncated = True
            sys.settrace(None)
            frame.f_trace = None
            return
        stack = []
        f = frame
        while f is not None:
            if f.f_code.co_filename == "main.py":
                stack.append({"function": f.f_code.co_name, "line": f.f_lineno})
            f = f.f_back
        function = frame.f_code.co_name
        step = {"line": frame.f_lineno, "event": event, "function": function, "stack": stack[::-1]}
        step["locals"] = variables(frame.f_locals) if function != "<module>" else {}
        step["globals"] = variables(frame.f_globals)
        step["stdoutLength"] = self.printed
        if event == "return":
            step["returned"] = short(arg)
        elif event == "exception":
            step["exception"] = f"{arg[0].__name__}: {short(arg[1])}"
        self.steps.append(step)

    def result(self):
        return {"steps": self.steps, "truncated": self.truncated}


class _Counting:
    """The program's stdout, counting what it prints."""

    def __init__(self, inner, tracer):
        self._inner, self._tracer = inner, tracer

    def write(self, text):
        self._tracer.printed += len(text)
        return self._inner.write(text)

    def __getattr__(self, name):
        return getattr(self._inner, name)
