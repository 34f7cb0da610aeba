"""The analysis of a student's error that the debugging tutor builds on.

explain(exc, source, filename) -> dict, JSON-safe and at most MAX_BYTES when
encoded. It never raises. It uses friendly-traceback (pure Python, MIT) when it
can be imported from the read-only library directory the sandbox binds at
/sandbox-lib, and always adds its own facts: the student's frames, the failing
line, and the values of the names on that line (only for built-in types, so no
student __repr__ runs). Only the student's own file is ever quoted: hidden test
code must not leak through an explanation.
"""

import ast
import json
import re
import sys
import traceback

VERSION = 1
MAX_BYTES = 12 * 1024
LIB_DIR = "/sandbox-lib"
TEXT_CAP = 1200
REPR_CAP = 80
PLAIN = (int, float, complex, bool, str, bytes, type(None))
CONTAINERS = (list, tuple, dict, set, frozenset, range)
# friendly-traceback's answer when it knows nothing: not worth showing a student
UNKNOWN_MARKERS = ("No information is known", "Please report this example", "www(", "does not know the cause")

_friendly = None


def preload(lib_dir=LIB_DIR):
    """Imports friendly-traceback ahead of time (e.g. in the zygote before it forks). True when available."""
    return _load(lib_dir) is not None


# Errors beginners make most, explained once in the template before it forks: friendly-traceback
# imports its analysis of each kind of error on first use, which a fresh run would otherwise do for
# every error it explains (about 20-40 ms of a run instead of 5-10). Our own constant code only.
WARM_UP = (
    "total = totl + 1",
    "len(5)",
    "'a' + 1",
    "[1][3]",
    "{'a': 1}['b']",
    "None.append(1)",
    "int('seven')",
    "1 / 0",
    "def f(a):\n    return a\nf(1, 2)",
    "def g():\n    n += 1\ng()",
    "import no_such_module_here",
    "open('/no-such-folder/data.txt')",
    "x = 10\nif x > 5\n    print(x)",
    "if True:\nprint(1)",
    "print('a'",
)


def warm_up():
    """Explains each of WARM_UP once (in the template, before any request)."""
    for source in WARM_UP:
        try:
            exec(compile(source, "warm_up.py", "exec"), {"__name__": "warm_up"})  # our constants, never a request
        except Exception as exc:  # noqa: BLE001 - every one of them raises: that is the point
            explain(exc, source, "warm_up.py")


def _load(lib_dir=LIB_DIR):
    global _friendly
    if _friendly is not None:
        return _friendly or None
    added = lib_dir not in sys.path and lib_dir
    if added:
        sys.path.append(lib_dir)
    # importing readline can write terminal escapes to stdout; friendly-traceback only wants it for a console
    had_readline = "readline" in sys.modules
    if not had_readline:
        sys.modules["readline"] = None
    try:
        from friendly_traceback.core import FriendlyTraceback
        from friendly_traceback.source_cache import cache

        _friendly = (FriendlyTraceback, cache)
    except BaseException:  # noqa: BLE001 - a missing or broken library means: explain without it
        _friendly = False
    finally:
        if not had_readline and sys.modules.get("readline") is None:
            sys.modules.pop("readline", None)
        if added and _friendly is False and lib_dir in sys.path:
            sys.path.remove(lib_dir)
    return _friendly or None


def explain(exc, source, filename="main.py"):
    try:
        return _cap(_explain(exc, source or "", filename))
    except BaseException as failure:  # noqa: BLE001 - an explanation must never break the run's report
        try:
            return {"version": VERSION, "engine": "none", "type": type(exc).__name__, "failure": _short(failure)}
        except BaseException:  # noqa: BLE001
            return {"version": VERSION, "engine": "none"}


def _explain(exc, source, filename):
    report = {"version": VERSION, "engine": "basic", "type": type(exc).__name__, "message": _message(exc)}
    frames = _student_frames(exc, filename)
    line = _line_of(exc, frames, filename)
    report["line"] = line
    if isinstance(exc, SyntaxError) and exc.offset:
        report["column"] = exc.offset
        if getattr(exc, "end_offset", None):
            report["endColumn"] = exc.end_offset
    if frames:
        report["frames"] = _collapse(frames)[-8:]
    lines = source.splitlines()
    if line and 0 < line <= len(lines):
        report["lineText"] = _short(lines[line - 1].strip(), TEXT_CAP)
        report["source"] = _excerpt(lines, line)
    raised_here = bool(frames) and _innermost_file(exc) == filename
    if frames and raised_here and not isinstance(exc, SyntaxError):
        report["variables"] = _variables(frames[-1][0], lines[line - 1] if 0 < line <= len(lines) else "", source)
    elif frames and not isinstance(exc, SyntaxError):
        report["raisedOutside"] = True
    _add_friendly(report, exc, source, filename, raised_here or isinstance(exc, SyntaxError) or not frames)
    return report


def _message(exc):
    if isinstance(exc, SyntaxError):
        return _short(exc.msg or str(exc))
    try:
        return _short(str(exc))
    except BaseException:  # noqa: BLE001 - a student exception whose __str__ fails
        return ""


def _student_frames(exc, filename):
    """(frame, line, function) for each traceback entry in the student's file, outermost first."""
    found = []
    tb = getattr(exc, "__traceback__", None)
    seen = 0
    while tb is not None and seen < 2000:
        code = tb.tb_frame.f_code
        if code.co_filename == filename:
            found.append((tb.tb_frame, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
        seen += 1
    return found


def _innermost_file(exc):
    tb = getattr(exc, "__traceback__", None)
    for _ in range(100_000):
        if tb is None or tb.tb_next is None:
            break
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_filename if tb is not None else None


def _collapse(frames):
    """Student frames, with a run of identical ones (deep recursion) folded into one entry with a count."""
    out = []
    for _frame, line, function in frames:
        if out and out[-1]["line"] == line and out[-1]["function"] == function:
            out[-1]["repeat"] = out[-1].get("repeat", 1) + 1
        else:
            out.append({"line": line, "function": function})
    return out


def _line_of(exc, frames, filename):
    if isinstance(exc, SyntaxError):
        return exc.lineno if exc.filename in (filename, None, "<string>") else None
    return frames[-1][1] if frames else None


def _excerpt(lines, line, before=2, after=1):
    start, end = max(1, line - before), min(len(lines), line + after)
    out = []
    for n in range(start, end + 1):
        out.append(f"{'-->' if n == line else '   '}{n:>3}| {_short(lines[n - 1], 160)}")
    return "\n".join(out)


def _names_on(line_text):
    """Names and dotted names (a.b) used on the failing line, in order of appearance."""
    try:
        tree = ast.parse(line_text.strip().rstrip(":") or "pass")
    except SyntaxError:
        tree = None
    if tree is None:
        try:
            tree = ast.parse(line_text.strip() + "\n    pass")
        except SyntaxError:
            return []
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in names:
            names.append(node.id)
    return sorted(names, key=line_text.find)[:12]


def _variables(frame, line_text, source):
    out = []
    scopes = (("local", frame.f_locals), ("global", frame.f_globals), ("builtin", frame.f_builtins))
    for name in _names_on(line_text):
        for scope_name, scope in scopes:
            if name not in scope:
                continue
            if scope_name != "builtin":
                out.append(_describe_value(name, scope_name, scope[name], source))
            break
        else:
            out.append({"name": name, "scope": "undefined"})
    return out


def _returns_value(source, name):
    """Whether the student's `def name` has a `return <value>` (printing instead of returning is a common bug)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return None
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            return any(
                isinstance(n, ast.Return) and n.value is not None and not _is_none(n.value) for n in ast.walk(node)
            )
    return None


def _is_none(node):
    return isinstance(node, ast.Constant) and node.value is None


def _describe_value(name, scope, value, source):
    entry = {"name": name, "scope": scope, "type": type(value).__name__}
    if entry["type"] == "function":
        entry["returnsValue"] = _returns_value(source, name)
    # only built-in types: describing them runs no student code
    if type(value) in PLAIN:
        entry["repr"] = _short(repr(value), REPR_CAP)
        if type(value) in (str, bytes):
            entry["len"] = len(value)
    elif type(value) in CONTAINERS:
        entry["len"] = len(value)
        if _plain_items(value):
            entry["repr"] = _short(repr(value), REPR_CAP)
    return entry


def _plain_items(value, budget=50):
    items = value.items() if isinstance(value, dict) else value
    if isinstance(value, range):
        return True
    for i, item in enumerate(items):
        if i >= budget:
            return True
        parts = item if isinstance(value, dict) else (item,)
        if any(type(p) not in PLAIN for p in parts):
            return False
    return True


def _add_friendly(report, exc, source, filename, may_quote):
    loaded = _load()
    if not loaded:
        return
    friendly_traceback, cache = loaded
    cache.add(filename, source)
    with _shortened_traceback(exc):
        analysis = friendly_traceback(type(exc), exc, exc.__traceback__)
        # the cause and the generic text only: the location part calls repr() on the student's objects
        analysis.assign_generic()
        analysis.assign_cause()
    info = analysis.info
    report["engine"] = "friendly-traceback"
    generic = info.get("generic")
    if generic:
        report["generic"] = _short(_unwrap(generic), TEXT_CAP)
    if not may_quote:
        return
    for key in ("cause", "suggest"):
        text = info.get(key)
        if text and not any(m in text for m in UNKNOWN_MARKERS):
            report[key] = _short(_strip_paths(text, filename), TEXT_CAP)


class _shortened_traceback:
    """A deep traceback (runaway recursion) cut to its first and last entries while friendly-traceback reads it:
    its stack analysis costs about half a millisecond a frame. The links are restored afterwards."""

    KEEP = 25

    def __init__(self, exc):
        self.entries, tb = [], exc.__traceback__
        while tb is not None and len(self.entries) < 100_000:
            self.entries.append(tb)
            tb = tb.tb_next
        self.cut = len(self.entries) > 3 * self.KEEP

    def __enter__(self):
        if self.cut:
            self.saved = self.entries[self.KEEP - 1].tb_next
            self.entries[self.KEEP - 1].tb_next = self.entries[-self.KEEP]

    def __exit__(self, *_):
        if self.cut:
            self.entries[self.KEEP - 1].tb_next = self.saved
        return False


def _unwrap(text):
    """friendly-traceback wraps its sentences at ~70 columns; join them back, keep blank lines and code."""
    paragraphs, current = [], []
    for raw in text.strip("\n").split("\n"):
        if not raw.strip() or raw.startswith("    "):
            if current:
                paragraphs.append(" ".join(current))
                current = []
            if raw.strip():
                paragraphs.append(raw)
            continue
        current.append(raw.strip())
    if current:
        paragraphs.append(" ".join(current))
    return "\n".join(paragraphs)


def _strip_paths(text, filename):
    # the sandbox's directories mean nothing to a student: keep only the file's own name
    return re.sub(r"'[^'\n]*/(" + re.escape(filename) + r")'", r"'\1'", _unwrap(text))


def _short(value, cap=TEXT_CAP):
    text = value if isinstance(value, str) else "".join(traceback.format_exception_only(type(value), value)).strip()
    return text if len(text) <= cap else text[: cap - 1] + "…"


def _cap(report):
    """Drops the least important fields until the JSON fits MAX_BYTES."""
    for key in (None, "frames", "source", "generic", "variables", "suggest", "cause", "lineText"):
        if key:
            report.pop(key, None)
        encoded = json.dumps(report, default=str)
        if len(encoded.encode()) <= MAX_BYTES:
            return json.loads(encoded)
    return {"version": VERSION, "engine": report.get("engine", "basic"), "type": report.get("type", "")[:100]}
