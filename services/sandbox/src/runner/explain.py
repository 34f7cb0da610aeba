"""The analysis of a student's error that the debugging tutor builds on.

explain(exc, source, filename) -> dict, JSON-safe and at most MAX_BYTES when
encoded. It never raises. It uses friendly-traceback (pure Python, MIT) when it
can be imported from the read-only library directory the sandbox binds at
/sandbox-lib, and always adds its own facts: the student's frames, the failing
line, and the values of the names on that line (only for built-in types, so no
student __repr__ runs). Only the student's own file is ever quoted: hidden test
code must not leak through an explanation.
"""

import json
import re
import sys

from explain_facts import TEXT_CAP, collapse, excerpt, innermost_file, line_of, short, student_frames, variables

VERSION = 1
MAX_BYTES = 12 * 1024
LIB_DIR = "/sandbox-lib"
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
            return {"version": VERSION, "engine": "none", "type": type(exc).__name__, "failure": short(failure)}
        except BaseException:  # noqa: BLE001
            return {"version": VERSION, "engine": "none"}


def _explain(exc, source, filename):
    report = {"version": VERSION, "engine": "basic", "type": type(exc).__name__, "message": _message(exc)}
    frames = student_frames(exc, filename)
    line = line_of(exc, frames, filename)
    report["line"] = line
    if isinstance(exc, SyntaxError) and exc.offset:
        report["column"] = exc.offset
        if getattr(exc, "end_offset", None):
            report["endColumn"] = exc.end_offset
    if frames:
        report["frames"] = collapse(frames)[-8:]
    lines = source.splitlines()
    if line and 0 < line <= len(lines):
        report["lineText"] = short(lines[line - 1].strip(), TEXT_CAP)
        report["source"] = excerpt(lines, line)
    raised_here = bool(frames) and innermost_file(exc) == filename
    if frames and raised_here and not isinstance(exc, SyntaxError):
        report["variables"] = variables(frames[-1][0], lines[line - 1] if 0 < line <= len(lines) else "", source)
    elif frames and not isinstance(exc, SyntaxError):
        report["raisedOutside"] = True
    _add_friendly(report, exc, source, filename, raised_here or isinstance(exc, SyntaxError) or not frames)
    return report


def _message(exc):
    if isinstance(exc, SyntaxError):
        return short(exc.msg or str(exc))
    try:
        return short(str(exc))
    except BaseException:  # noqa: BLE001 - a student exception whose __str__ fails
        return ""


def _add_friendly(report, exc, source, filename, may_quote):
    loaded = _load()
    if not loaded:
        return
    friendly_traceback, cache = loaded
    cache.add(filename, source)
    tb = _from_student(exc, filename)
    with _shortened_traceback(tb):
        analysis = friendly_traceback(type(exc), exc, tb)
        # the cause and the generic text only: the location part calls repr() on the student's objects
        analysis.assign_generic()
        analysis.assign_cause()
    info = analysis.info
    report["engine"] = "friendly-traceback"
    generic = info.get("generic")
    if generic:
        report["generic"] = short(_unwrap(generic), TEXT_CAP)
    if not may_quote:
        return
    for key in ("cause", "suggest"):
        text = info.get(key)
        if text and not any(m in text for m in UNKNOWN_MARKERS):
            report[key] = short(_strip_paths(text, filename), TEXT_CAP)


class _shortened_traceback:
    """A deep traceback (runaway recursion) cut to its first and last entries while friendly-traceback reads it:
    its stack analysis costs about half a millisecond a frame. The links are restored afterwards."""

    KEEP = 25

    def __init__(self, tb):
        self.entries = []
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


def _from_student(exc, filename):
    """The traceback from the student's first frame on. The harness's own frames above it (the run's exec
    or compile) say nothing to a student, and cost a parse of the harness's source in every run (3 ms)."""
    entry = exc.__traceback__
    while entry is not None and entry.tb_frame.f_code.co_filename != filename:
        entry = entry.tb_next
    # a syntax error is read from its source, not from frames: the student's code never ran
    return entry if entry is not None or isinstance(exc, SyntaxError) else exc.__traceback__


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


def _cap(report):
    """Drops the least important fields until the JSON fits MAX_BYTES."""
    for key in (None, "frames", "source", "generic", "variables", "suggest", "cause", "lineText"):
        if key:
            report.pop(key, None)
        encoded = json.dumps(report, default=str)
        if len(encoded.encode()) <= MAX_BYTES:
            return json.loads(encoded)
    return {"version": VERSION, "engine": report.get("engine", "basic"), "type": report.get("type", "")[:100]}
