import unittest
from student import transpose


class TestTranspose(unittest.TestCase):
    def test_two_rows_become_three_rows(self):
        self.assertEqual(transpose([[1, 2, 3], [4, 5, 6]]), [[1, 4], [2, 5], [3, 6]], "transpose([[1, 2, 3], [4, 5, 6]]) should be [[1, 4], [2, 5], [3, 6]]")

    def test_one_by_one_grid(self):
        self.assertEqual(transpose([[1]]), [[1]], "transpose([[1]]) should be [[1]]")

    def test_empty_grid_stays_empty(self):
        self.assertEqual(transpose([]), [], "an empty grid stays empty")
