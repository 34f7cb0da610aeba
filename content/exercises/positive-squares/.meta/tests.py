import unittest
from student import positive_squares


class TestPositiveSquares(unittest.TestCase):
    def test_squares_only_positive_numbers(self):
        self.assertEqual(positive_squares([3, -1, 2, 0]), [9, 4], "0 is not positive")

    def test_empty_list_gives_empty_list(self):
        self.assertEqual(positive_squares([]), [], "positive_squares([]) should be []")

    def test_only_negative_numbers_gives_empty_list(self):
        self.assertEqual(positive_squares([-4, -2]), [], "positive_squares([-4, -2]) should be []")
