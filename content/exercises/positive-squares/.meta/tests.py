import unittest
from student import positive_squares


class TestPositiveSquares(unittest.TestCase):
    def test_1(self):
        """0 is not positive"""
        self.assertEqual(positive_squares([3, -1, 2, 0]), [9, 4], "0 is not positive")

    def test_2(self):
        """positive_squares([]) should be []"""
        self.assertEqual(positive_squares([]), [], "positive_squares([]) should be []")

    def test_3(self):
        """positive_squares([-4, -2]) should be []"""
        self.assertEqual(positive_squares([-4, -2]), [], "positive_squares([-4, -2]) should be []")
