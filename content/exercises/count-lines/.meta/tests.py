import os
import tempfile
import unittest
from student import {{func}}


def make(text):
    fd, path = tempfile.mkstemp(dir=".", suffix=".txt")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    return path


class TestFiles(unittest.TestCase):
    def test_three(self):
        self.assertEqual({{func}}(make("a\nb\nc\n")), 3, "a file with 3 lines gives 3")

    def test_empty(self):
        self.assertEqual({{func}}(make("")), 0, "an empty file gives 0")

    def test_no_final_newline(self):
        self.assertEqual({{func}}(make("one\ntwo")), 2, "the last line counts even without a newline")
