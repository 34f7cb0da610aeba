import unittest
from student import read_number


class TestReadNumber(unittest.TestCase):
    def test_ok(self):
        with open("n.txt", "w", encoding="utf-8") as f:
            f.write("42\n")
        self.assertEqual(read_number("n.txt"), 42, "the file holds 42")

    def test_missing(self):
        self.assertEqual(read_number("nope.txt"), None, "a missing file gives None")

    def test_not_a_number(self):
        with open("bad.txt", "w", encoding="utf-8") as f:
            f.write("hello")
        self.assertEqual(read_number("bad.txt"), None, "text that is not a number gives None")
