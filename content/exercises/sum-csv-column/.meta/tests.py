import os
import tempfile
import unittest
from student import column_total


def make(text):
    fd, path = tempfile.mkstemp(dir=".", suffix=".txt")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    return path


class TestFiles(unittest.TestCase):
    def test_total(self):
        path = make("item,price\npen,1.5\nbook,10\n")
        self.assertEqual(column_total(path, "price"), 11.5, "1.5 + 10 is 11.5")

    def test_other_column(self):
        path = make("a,b\n1,2\n3,4\n")
        self.assertEqual(column_total(path, "a"), 4.0, "column a adds up to 4")

    def test_header_only(self):
        self.assertEqual(column_total(make("a,b\n"), "a"), 0.0, "no rows gives 0")
