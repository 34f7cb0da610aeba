import unittest
from student import grade


class TestGrade(unittest.TestCase):
    def test_ninety_five_is_an_a(self):
        self.assertEqual(grade(95), "A", "grade(95) should be 'A'")

    def test_ninety_is_still_an_a(self):
        self.assertEqual(grade(90), "A", "90 is an A")

    def test_seventy_five_is_a_b(self):
        self.assertEqual(grade(75), "B", "grade(75) should be 'B'")

    def test_fifty_is_a_c(self):
        self.assertEqual(grade(50), "C", "grade(50) should be 'C'")

    def test_forty_nine_is_an_f(self):
        self.assertEqual(grade(49), "F", "grade(49) should be 'F'")
