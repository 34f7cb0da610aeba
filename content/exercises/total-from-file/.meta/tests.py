import os
import tempfile
import unittest
from student import {{func}}


class TestFileTotal(unittest.TestCase):
    def setUp(self):
        # each test gets its own folder, removed afterwards
        folder = tempfile.TemporaryDirectory(dir=os.getcwd())
        self.addCleanup(folder.cleanup)
        self.dir = folder.name

    def make(self, text):
        path = os.path.join(self.dir, "sales.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def test_whole_numbers(self):
        self.assertEqual({{func}}(self.make("1\n2\n3\n")), 6, "a file with 1, 2 and 3 should total 6")

    def test_skips_notes_and_blank_lines(self):
        path = self.make("# Monday\n12.50\n 7\n\n# refund\n-2.5\n")
        self.assertEqual({{func}}(path), 17, "12.50 + 7 - 2.5 should be 17.0: skip empty lines and lines starting with #")

    def test_decimal_numbers_are_added(self):
        got = {{func}}(self.make("0.1\n0.2\n"))
        self.assertIsNotNone(got, "{{func}} returned None: return the total")
        self.assertAlmostEqual(got, 0.3, 6, "0.1 + 0.2 should be about 0.3: turn each line into a float")

    def test_spaces_only_line(self):
        self.assertEqual({{func}}(self.make("5\n   \n5")), 10, "a line with only spaces is empty and skipped; the last line may have no line break")

    def test_no_numbers(self):
        self.assertEqual({{func}}(self.make("# nothing sold today\n\n")), 0, "a file with no numbers should total 0")
