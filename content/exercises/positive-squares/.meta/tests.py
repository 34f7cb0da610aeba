import unittest
from student import positive_squares


class TestPositiveSquares(unittest.TestCase):
    def test_1(self):
        self.assertEqual(positive_squares([3, -1, 2, 0]), [9, 4], "0 is not positive")

    def test_2(self):
        self.assertEqual(positive_squares([]), [], "positive_squares([]) should be []")

    def test_3(self):
        self.assertEqual(positive_squares([-4, -2]), [], "positive_squares([-4, -2]) should be []")
