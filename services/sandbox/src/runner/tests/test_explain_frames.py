import unittest

import explain


def caught(source, filename="main.py"):
    """What the run's harness holds: the exception with this file's frame above the student's."""
    try:
        exec(compile(source, filename, "exec"), {"__name__": "__main__"})
    except Exception as exc:  # noqa: BLE001 - every source here raises
        return exc
    raise AssertionError("no error")


class StudentTracebackTest(unittest.TestCase):
    def test_starts_at_the_students_first_frame(self):
        exc = caught("def f():\n    return missing\nf()\n")
        tb = explain._from_student(exc, "main.py")
        self.assertEqual(tb.tb_frame.f_code.co_filename, "main.py")
        self.assertEqual(tb.tb_frame.f_code.co_name, "<module>")
        self.assertEqual(tb.tb_next.tb_frame.f_code.co_name, "f")

    def test_a_syntax_error_has_no_frames_to_read(self):
        self.assertIsNone(explain._from_student(caught("if True\n    pass\n"), "main.py"))

    def test_an_error_outside_the_students_code_keeps_its_whole_traceback(self):
        exc = caught("x = 1 / 0\n", filename="tester.py")
        self.assertIs(explain._from_student(exc, "main.py"), exc.__traceback__)


if __name__ == "__main__":
    unittest.main()
