import unittest
from student import parity


class TestParity(unittest.TestCase):
    def test_1(self):
        self.assertEqual(parity(4), "even", "parity(4) should be 'even'")

    def test_2(self):
        self.assertEqual(parity(7), "odd", "parity(7) should be 'odd'")

    def test_3(self):
        self.assertEqual(parity(0), "even", "zero is even")

    def test_4(self):
        self.assertEqual(parity(-3), "odd", "parity(-3) should be 'odd'")
