import os
import tempfile
import unittest
from student import averages


class TestAverages(unittest.TestCase):
    def setUp(self):
        # each test gets its own folder, removed afterwards
        folder = tempfile.TemporaryDirectory(dir=os.getcwd())
        self.addCleanup(folder.cleanup)
        self.dir = folder.name

    def make(self, text):
        path = os.path.join(self.dir, "scores.csv")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        return path

    def test_average_of_three_test_scores(self):
        path = self.make("name,test1,test2,test3\nAda,90,85,100\nBob,60,65,70\n")
        self.assertEqual(averages(path), {"Ada": 91.7, "Bob": 65.0}, "Ada's average is 275 / 3 = 91.7 (rounded) and Bob's is 65.0")

    def test_name_with_comma(self):
        path = self.make('name,test1,test2,test3\n"Smith, Jane",70,75,71\n')
        self.assertEqual(averages(path), {"Smith, Jane": 72.0}, 'the name "Smith, Jane" has a comma inside quotes: use the csv module so it stays one name')

    def test_other_number_of_tests(self):
        path = self.make("name,quiz1,quiz2\nCy,7,8\nDee,10,9.5\n")
        self.assertEqual(averages(path), {"Cy": 7.5, "Dee": 9.8}, "with two score columns, average those two: Cy 7.5, Dee 9.8")

    def test_header_only(self):
        path = self.make("name,test1\n")
        self.assertEqual(averages(path), {}, "a file with only the header row should give an empty dictionary")
