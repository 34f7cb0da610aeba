import os
import tempfile
import unittest
from student import longest_line


def make(text):
    fd, path = tempfile.mkstemp(dir=".", suffix=".txt")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    return path


class TestFiles(unittest.TestCase):
    def test_longest(self):
        self.assertEqual(longest_line(make("hi\nhello\nhey\n")), "hello", "hello is the longest line")

    def test_empty(self):
        self.assertEqual(longest_line(make("")), "", "an empty file gives an empty string")

    def test_no_newline_kept(self):
        self.assertEqual(longest_line(make("abc\n")), "abc", "the newline is not part of the answer")
