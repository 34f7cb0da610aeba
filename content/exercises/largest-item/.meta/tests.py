import unittest
from student import largest


class TestLargest(unittest.TestCase):
    def test_1(self):
        self.assertEqual(largest([3, 9, 2]), 9, "largest([3, 9, 2]) should be 9")

    def test_2(self):
        self.assertEqual(largest([-5, -2, -9]), -2, "works with negative numbers")

    def test_3(self):
        self.assertEqual(largest([7]), 7, "largest([7]) should be 7")
