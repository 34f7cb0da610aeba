import unittest
from student import save_lines


class TestSave(unittest.TestCase):
    def test_writes(self):
        self.assertEqual(save_lines("out.txt", ["a", "b"]), 2, "two lines were written")
        with open("out.txt", encoding="utf-8") as f:
            self.assertEqual(f.read(), "a\nb\n", "each item is on its own line")

    def test_replaces(self):
        save_lines("again.txt", ["old", "text"])
        save_lines("again.txt", ["new"])
        with open("again.txt", encoding="utf-8") as f:
            self.assertEqual(f.read(), "new\n", "the old content is replaced")
