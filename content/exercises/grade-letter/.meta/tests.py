import unittest
from student import grade


class TestGrade(unittest.TestCase):
    def test_1(self):
        """grade(95) should be 'A'"""
        self.assertEqual(grade(95), "A", "grade(95) should be 'A'")

    def test_2(self):
        """90 is an A"""
        self.assertEqual(grade(90), "A", "90 is an A")

    def test_3(self):
        """grade(75) should be 'B'"""
        self.assertEqual(grade(75), "B", "grade(75) should be 'B'")

    def test_4(self):
        """grade(50) should be 'C'"""
        self.assertEqual(grade(50), "C", "grade(50) should be 'C'")

    def test_5(self):
        """grade(49) should be 'F'"""
        self.assertEqual(grade(49), "F", "grade(49) should be 'F'")
