import json
import os
import tempfile
import unittest
from student import record_visit


class TestRecordVisit(unittest.TestCase):
    def setUp(self):
        # each test gets its own folder, removed afterwards
        folder = tempfile.TemporaryDirectory(dir=os.getcwd())
        self.addCleanup(folder.cleanup)
        self.path = os.path.join(folder.name, "visits.json")

    def saved(self):
        self.assertTrue(os.path.exists(self.path), "record_visit should save the counts in the JSON file at path")
        with open(self.path, encoding="utf-8") as f:
            return json.load(f)

    def test_first_visit_creates_file(self):
        self.assertEqual(record_visit(self.path, "home"), 1, "the first visit to a page should return 1")
        self.assertTrue(os.path.exists(self.path), "record_visit should create the JSON file when it does not exist")
        self.assertEqual(self.saved(), {"home": 1}, 'the file should hold the JSON {"home": 1}')

    def test_counts_go_up(self):
        record_visit(self.path, "home")
        self.assertEqual(record_visit(self.path, "home"), 2, "the second visit to home should return 2")
        self.assertEqual(record_visit(self.path, "home"), 3, "the third visit to home should return 3")

    def test_pages_are_counted_separately(self):
        record_visit(self.path, "home")
        record_visit(self.path, "home")
        self.assertEqual(record_visit(self.path, "about"), 1, "the first visit to about should return 1, whatever home's count is")
        self.assertEqual(self.saved(), {"home": 2, "about": 1}, 'the file should hold {"home": 2, "about": 1}: never lose other pages')

    def test_existing_file(self):
        with open(self.path, "w", encoding="utf-8") as f:
            json.dump({"shop": 41}, f)
        self.assertEqual(record_visit(self.path, "shop"), 42, "counts already saved in the file should be used: 41 + 1 = 42")
