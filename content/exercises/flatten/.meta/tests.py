import unittest
from student import flatten


class TestFlatten(unittest.TestCase):
    def test_1(self):
        self.assertEqual(flatten([1, [2, [3, 4]], 5]), [1, 2, 3, 4, 5], "flatten([1, [2, [3, 4]], 5]) should be [1, 2, 3, 4, 5]")

    def test_2(self):
        self.assertEqual(flatten([]), [], "flatten([]) should be []")

    def test_3(self):
        self.assertEqual(flatten([[[]], [7]]), [7], "flatten([[[]], [7]]) should be [7]")
