import os
import tempfile
import unittest
from student import add_entry


class TestAddEntry(unittest.TestCase):
    def setUp(self):
        # each test gets its own folder, removed afterwards
        folder = tempfile.TemporaryDirectory(dir=os.getcwd())
        self.addCleanup(folder.cleanup)
        self.path = os.path.join(folder.name, "diary.txt")

    def read(self):
        self.assertTrue(os.path.exists(self.path), "add_entry should create the file when it does not exist yet")
        with open(self.path, encoding="utf-8") as f:
            return f.read()

    def test_creates_the_file(self):
        add_entry(self.path, "Learned about files")
        self.assertTrue(os.path.exists(self.path), "add_entry should create diary.txt when it does not exist yet")
        self.assertEqual(self.read(), "- Learned about files\n", 'the file should contain "- Learned about files" and a line break')

    def test_keeps_earlier_entries(self):
        add_entry(self.path, "Learned about files")
        add_entry(self.path, "Wrote my first diary entry")
        self.assertEqual(self.read(), "- Learned about files\n- Wrote my first diary entry\n", "both entries should be in the file, in order (open with mode a, not w)")

    def test_existing_file(self):
        with open(self.path, "w", encoding="utf-8") as f:
            f.write("My diary\n")
        add_entry(self.path, "Sunny today")
        self.assertEqual(self.read(), "My diary\n- Sunny today\n", "the text already in the file must stay; the entry goes at the end")
