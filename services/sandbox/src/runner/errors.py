"""Turns an exception raised by student code into the report the platform shows:
type, message, line, column and a traceback trimmed to the student's own frames."""
import traceback

STUDENT_FILES = {"main.py", "student.py"}


def describe(exc, student_file):
    report = {"type": type(exc).__name__, "message": str(exc), "line": None, "column": None}
    if isinstance(exc, SyntaxError):
        report["message"] = exc.msg or str(exc)
        if exc.filename in STUDENT_FILES or exc.filename == student_file:
            report["line"] = exc.lineno
            report["column"] = exc.offset
        lines = traceback.format_exception_only(type(exc), exc)
        report["traceback"] = "".join(lines).rstrip()
        return report
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == student_file]
    if frames:
        report["line"] = frames[-1].lineno
    text = ["Traceback (most recent call last):\n"] if frames else []
    text += traceback.format_list(frames)
    text += traceback.format_exception_only(type(exc), exc)
    report["traceback"] = "".join(text).rstrip()
    return report
