import math
import unittest
from student import {{func}}


class TestDistance(unittest.TestCase):
    def test_three_four_five_triangle_has_side_five(self):
        self.assertEqual({{func}}((0, 0), (3, 4)), 5.0, "{{func}}((0, 0), (3, 4)) should be 5.0")
        self.assertEqual({{func}}((1, 1), (4, 5)), 5.0, "{{func}}((1, 1), (4, 5)) should be 5.0")

    def test_same_point(self):
        self.assertEqual({{func}}((2, 7), (2, 7)), 0.0, "a point is 0.0 away from itself")

    def test_order_does_not_matter(self):
        self.assertEqual({{func}}((4, 5), (1, 1)), 5.0, "{{func}}((4, 5), (1, 1)) should be 5.0: the distance back is the same")

    def test_distance_is_rounded(self):
        expected = round(math.sqrt(8), {{digits}})
        self.assertEqual({{func}}((-1, -1), (1, 1)), expected, f"{{func}}((-1, -1), (1, 1)) is about 2.8284, so rounded to {{digits}} places it should be {expected}")
        expected = round(math.sqrt(2), {{digits}})
        self.assertEqual({{func}}((0, 0), (1, 1)), expected, f"{{func}}((0, 0), (1, 1)) is about 1.4142, so rounded to {{digits}} places it should be {expected}")
