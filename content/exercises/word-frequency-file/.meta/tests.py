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
    def test_common(self):
        self.assertEqual({{func}}(make("the cat\nthe dog\nthe end")), "the", "'the' appears 3 times")

    def test_case(self):
        self.assertEqual({{func}}(make("Go go GO stop")), "go", "case does not matter")
