import os
import tempfile
import unittest
from student import merge_sorted


def make(text):
    fd, path = tempfile.mkstemp(dir=".", suffix=".txt")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    return path


class TestFiles(unittest.TestCase):
    def test_merge(self):
        count = merge_sorted(make("1\n4\n9\n"), make("2\n3\n\n10\n"), "merged.txt")
        self.assertEqual(count, 6, "six numbers are written")
        with open("merged.txt", encoding="utf-8") as f:
            self.assertEqual(f.read(), "1\n2\n3\n4\n9\n10\n", "the numbers are sorted, one per line")

    def test_empty(self):
        self.assertEqual(merge_sorted(make(""), make(""), "none.txt"), 0, "two empty files give 0")
