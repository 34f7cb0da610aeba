import os
import tempfile
import unittest
from student import search_folder


class TestSearchFolder(unittest.TestCase):
    def setUp(self):
        # each test gets its own folder of notes, removed afterwards
        folder = tempfile.TemporaryDirectory(dir=os.getcwd())
        self.addCleanup(folder.cleanup)
        self.dir = folder.name
        self.make("monday{{ext}}", "Buy milk\nPractise Python\n")
        self.make("tuesday{{ext}}", "python quiz at 10\nRead a book\nPYTHON club\n")

    def make(self, name, text):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def test_finds_lines(self):
        want = [("monday{{ext}}", 2), ("tuesday{{ext}}", 1), ("tuesday{{ext}}", 3)]
        self.assertEqual(search_folder(self.dir, "python"), want, "search_folder(folder, 'python') should find line 2 of monday{{ext}} and lines 1 and 3 of tuesday{{ext}}, as (name, number) tuples")

    def test_ignores_case_of_the_word(self):
        self.assertEqual(search_folder(self.dir, "MILK"), [("monday{{ext}}", 1)], "searching for 'MILK' should find 'Buy milk': ignore upper and lower case")

    def test_no_match(self):
        self.assertEqual(search_folder(self.dir, "piano"), [], "a word that appears nowhere should give an empty list")

    def test_only_the_right_files(self):
        self.make("log.csv", "python,1\n")
        self.make("old{{ext}}/archive{{ext}}", "python again\n")
        want = [("monday{{ext}}", 2), ("tuesday{{ext}}", 1), ("tuesday{{ext}}", 3)]
        self.assertEqual(search_folder(self.dir, "python"), want, "only {{ext}} files directly in the folder count: skip other files and subfolders")

    def test_sorted_by_file_name(self):
        self.make("april{{ext}}", "no match\nPython at last\n")
        got = search_folder(self.dir, "python")
        self.assertEqual(got[0], ("april{{ext}}", 2), "results should be sorted by file name, so april{{ext}} comes first")
        self.assertEqual(len(got), 4, "with april{{ext}} added there should be 4 matches")
