import unittest
from student import transpose


class TestTranspose(unittest.TestCase):
    def test_1(self):
        self.assertEqual(transpose([[1, 2, 3], [4, 5, 6]]), [[1, 4], [2, 5], [3, 6]], "transpose([[1, 2, 3], [4, 5, 6]]) should be [[1, 4], [2, 5], [3, 6]]")

    def test_2(self):
        self.assertEqual(transpose([[1]]), [[1]], "transpose([[1]]) should be [[1]]")

    def test_3(self):
        self.assertEqual(transpose([]), [], "an empty grid stays empty")
