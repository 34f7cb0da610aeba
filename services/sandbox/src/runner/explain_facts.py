"""EmberLearn's own facts about a student's error, for explain.py: the student's frames, the
failing line and the code around it, and the values of the names on that line (only for
built-in types, so no student __repr__ runs). They need no library, so an explanation has them
even when friendly-traceback is missing."""

import ast
import traceback

TEXT_CAP = 1200
REPR_CAP = 80
PLAIN = (int, float, complex, bool, str, bytes, type(None))
CONTAINERS = (list, tuple, dict, set, frozenset, range)


def student_frames(exc, filename):
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


def innermost_file(exc):
    tb = getattr(exc, "__traceback__", None)
    for _ in range(100_000):
        if tb is None or tb.tb_next is None:
            break
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_filename if tb is not None else None


def collapse(frames):
    """Student frames, with a run of identical ones (deep recursion) folded into one entry with a count."""
    out = []
    for _frame, line, function in frames:
        if out and out[-1]["line"] == line and out[-1]["function"] == function:
            out[-1]["repeat"] = out[-1].get("repeat", 1) + 1
        else:
            out.append({"line": line, "function": function})
    return out


def line_of(exc, frames, filename):
    if isinstance(exc, SyntaxError):
        return exc.lineno if exc.filename in (filename, None, "<string>") else None
    return frames[-1][1] if frames else None


def excerpt(lines, line, before=2, after=1):
    start, end = max(1, line - before), min(len(lines), line + after)
    out = []
    for n in range(start, end + 1):
        out.append(f"{'-->' if n == line else '   '}{n:>3}| {short(lines[n - 1], 160)}")
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


def variables(frame, line_text, source):
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
        entry["repr"] = short(repr(value), REPR_CAP)
        if type(value) in (str, bytes):
            entry["len"] = len(value)
    elif type(value) in CONTAINERS:
        entry["len"] = len(value)
        if _plain_items(value):
            entry["repr"] = short(repr(value), REPR_CAP)
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


def short(value, cap=TEXT_CAP):
    text = value if isinstance(value, str) else "".join(traceback.format_exception_only(type(value), value)).strip()
    return text if len(text) <= cap else text[: cap - 1] + "…"
