import unittest
from student import grade


class TestGrade(unittest.TestCase):
    def test_1(self):
        self.assertEqual(grade(95), "A", "grade(95) should be 'A'")

    def test_2(self):
        self.assertEqual(grade(90), "A", "90 is an A")

    def test_3(self):
        self.assertEqual(grade(75), "B", "grade(75) should be 'B'")

    def test_4(self):
        self.assertEqual(grade(50), "C", "grade(50) should be 'C'")

    def test_5(self):
        self.assertEqual(grade(49), "F", "grade(49) should be 'F'")
