import unittest
from student import parity


class TestParity(unittest.TestCase):
    def test_four_is_even(self):
        self.assertEqual(parity(4), "even", "parity(4) should be 'even'")

    def test_seven_is_odd(self):
        self.assertEqual(parity(7), "odd", "parity(7) should be 'odd'")

    def test_zero_is_even(self):
        self.assertEqual(parity(0), "even", "zero is even")

    def test_negative_three_is_odd(self):
        self.assertEqual(parity(-3), "odd", "parity(-3) should be 'odd'")
