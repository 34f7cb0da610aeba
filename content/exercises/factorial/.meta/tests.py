import unittest
from student import factorial


class TestFactorial(unittest.TestCase):
    def test_1(self):
        self.assertEqual(factorial(0), 1, "factorial(0) should be 1")

    def test_2(self):
        self.assertEqual(factorial(5), 120, "factorial(5) should be 120")

    def test_3(self):
        self.assertEqual(factorial(10), 3628800, "factorial(10) should be 3628800")
