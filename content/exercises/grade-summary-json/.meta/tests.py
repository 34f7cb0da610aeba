import json
import os
import tempfile
import unittest
from student import summarize

GRADES = "student,subject,score\nAda,math,90\nBob,math,72\nAda,art,65\nCy,math,90\nBob,art,\nCy,art,88\n"


class TestSummarize(unittest.TestCase):
    def setUp(self):
        # each test gets its own folder, removed afterwards
        folder = tempfile.TemporaryDirectory(dir=os.getcwd())
        self.addCleanup(folder.cleanup)
        self.csv_path = os.path.join(folder.name, "grades.csv")
        self.json_path = os.path.join(folder.name, "summary.json")

    def run_on(self, text):
        with open(self.csv_path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        used = summarize(self.csv_path, self.json_path)
        self.assertTrue(os.path.exists(self.json_path), "summarize should write the JSON file at json_path")
        with open(self.json_path, encoding="utf-8") as f:
            return used, json.load(f)

    def test_returns_rows_used(self):
        used, _ = self.run_on(GRADES)
        self.assertEqual(used, 5, "6 rows minus Bob's empty art score: summarize should return 5")

    def test_math_summary(self):
        _, summary = self.run_on(GRADES)
        self.assertEqual(summary.get("math"), {"count": 3, "average": 84.0, "best": "Ada"}, 'math should be {"count": 3, "average": 84.0, "best": "Ada"} (Ada and Cy both have 90; Ada comes first)')

    def test_skips_empty_scores(self):
        _, summary = self.run_on(GRADES)
        self.assertEqual(summary.get("art"), {"count": 2, "average": 76.5, "best": "Cy"}, 'art should be {"count": 2, "average": 76.5, "best": "Cy"}: Bob\'s empty score is skipped')

    def test_only_subjects_with_scores(self):
        _, summary = self.run_on(GRADES + "Dee,music,\n")
        self.assertEqual(sorted(summary), ["art", "math"], "a subject with only empty scores should not appear in the summary")

    def test_header_only(self):
        used, summary = self.run_on("student,subject,score\n")
        self.assertEqual((used, summary), (0, {}), "a file with only the header should return 0 and write {}")
