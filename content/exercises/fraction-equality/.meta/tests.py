import unittest
from student import Fraction


class TestFraction(unittest.TestCase):
    def test_equal(self):
        self.assertTrue(Fraction(1, 2) == Fraction(2, 4), "1/2 should equal 2/4")

    def test_not_equal(self):
        self.assertFalse(Fraction(1, 2) == Fraction(2, 3), "1/2 should not equal 2/3")

    def test_value(self):
        self.assertEqual(Fraction(3, 4).value(), 0.75, "3/4 is 0.75")

    def test_str(self):
        self.assertEqual(str(Fraction(3, 4)), "3/4", "str(Fraction(3, 4)) should be '3/4'")
