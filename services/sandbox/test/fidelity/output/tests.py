import contextlib
import io
import unittest
from unittest import mock

from student import banner, countdown, report


class OutputTest(unittest.TestCase):
    def test_redirect_stdout(self):
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            countdown(3)
        self.assertEqual(buffer.getvalue(), "3\n2\n1\nLiftoff!\n")

    @mock.patch("sys.stdout", new_callable=io.StringIO)
    def test_patched_stdout(self, out):
        banner("hi")
        self.assertEqual(out.getvalue(), "**\nhi\n**\n")

    def test_returns_and_prints(self):
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            value = report([1, 2])
        self.assertEqual(value, 3)
        self.assertIn("total", buffer.getvalue())

    def test_stderr(self):
        buffer = io.StringIO()
        with contextlib.redirect_stderr(buffer):
            report([])
        self.assertEqual(buffer.getvalue(), "nothing to report\n")
