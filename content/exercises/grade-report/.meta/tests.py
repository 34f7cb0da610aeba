import os
import tempfile
import unittest
from student import report


def make(text):
    fd, path = tempfile.mkstemp(dir=".", suffix=".txt")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    return path


class TestFiles(unittest.TestCase):
    def test_report(self):
        passed = report(make("name,score\nAda,90\nBob,49\nCy,50\n"), "report.txt")
        self.assertEqual(passed, 2, "Ada and Cy pass")
        with open("report.txt", encoding="utf-8") as f:
            self.assertEqual(f.read(), "Ada: PASS\nBob: FAIL\nCy: PASS\n", "one line per student, in order")
