import unittest
from student import min_max


class TestMinMax(unittest.TestCase):
    def test_1(self):
        self.assertEqual(min_max([3, 1, 4]), (1, 4), "min_max([3, 1, 4]) should be (1, 4)")

    def test_2(self):
        self.assertEqual(min_max([7]), (7, 7), "min_max([7]) should be (7, 7)")

    def test_3(self):
        self.assertEqual(min_max([-2, -9]), (-9, -2), "min_max([-2, -9]) should be (-9, -2)")
