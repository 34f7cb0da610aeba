import os
import tempfile
import unittest
from student import save_list


class TestSaveList(unittest.TestCase):
    def setUp(self):
        # each test gets its own folder, removed afterwards
        folder = tempfile.TemporaryDirectory(dir=os.getcwd())
        self.addCleanup(folder.cleanup)
        self.path = os.path.join(folder.name, "shopping.txt")

    def read(self):
        self.assertTrue(os.path.exists(self.path), "save_list should create the file at path")
        with open(self.path, encoding="utf-8") as f:
            return f.read()

    def test_writes_one_item_per_line(self):
        save_list(self.path, ["milk", "eggs", "bread"])
        self.assertEqual(self.read(), "milk\neggs\nbread\n", "the file should hold milk, eggs and bread, each on its own line ending with a line break")

    def test_returns_count(self):
        self.assertEqual(save_list(self.path, ["milk", "eggs", "bread"]), 3, "save_list should return 3 after writing 3 items")

    def test_replaces_old_list(self):
        save_list(self.path, ["old", "stuff"])
        save_list(self.path, ["apples"])
        self.assertEqual(self.read(), "apples\n", "saving a new list should replace the old contents (open with mode w)")

    def test_empty_list(self):
        self.assertEqual(save_list(self.path, []), 0, "an empty list should return 0")
        self.assertEqual(self.read(), "", "an empty list should make an empty file")
