"""Turns an exception raised by student code into the report the platform shows:
type, message, line, column, a traceback trimmed to the student's own frames, and, where
the analysis library is available (explain.py), its explanation of the error."""

import traceback

STUDENT_FILES = {"main.py", "student.py"}


def describe(exc, student_file, source=None):
    report = {"type": type(exc).__name__, "message": _text(exc), "line": None, "column": None}
    if isinstance(exc, SyntaxError):
        report["message"] = str(exc.msg or exc)
        if exc.filename in STUDENT_FILES or exc.filename == student_file:
            report["line"] = exc.lineno
            report["column"] = exc.offset
        lines = traceback.format_exception_only(type(exc), exc)
        report["traceback"] = "".join(lines).rstrip()
    else:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == student_file]
        if frames:
            report["line"] = frames[-1].lineno
        text = ["Traceback (most recent call last):\n"] if frames else []
        text += traceback.format_list(frames)
        text += traceback.format_exception_only(type(exc), exc)
        report["traceback"] = "".join(text).rstrip()
    analysis = _analysis(exc, source, student_file)
    if analysis:
        report["analysis"] = analysis
    return report


def _text(exc):
    try:
        return str(exc)[:4000]
    except Exception:  # noqa: BLE001 - a student exception whose __str__ fails
        return type(exc).__name__


def _analysis(exc, source, filename):
    if source is None:
        return None
    try:
        import explain
    except Exception:  # noqa: BLE001 - not installed here
        return None
    try:
        result = explain.explain(exc, source, filename)
    except Exception:  # noqa: BLE001 - the analysis must never hide the error itself
        return None
    return result if isinstance(result, dict) else None
