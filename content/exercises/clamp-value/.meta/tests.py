import unittest
from student import clamp


class TestClamp(unittest.TestCase):
    def test_inside_the_range(self):
        self.assertEqual(clamp(42), 42, "clamp(42) should be 42: it is already between 0 and 100")
        self.assertEqual(clamp(2.5, 1, 3), 2.5, "clamp(2.5, 1, 3) should be 2.5")

    def test_default_limits(self):
        self.assertEqual(clamp(150), 100, "clamp(150) should be 100: the default high is 100")
        self.assertEqual(clamp(-5), 0, "clamp(-5) should be 0: the default low is 0")

    def test_keyword_arguments(self):
        self.assertEqual(clamp(7, high=5), 5, "clamp(7, high=5) should be 5")
        self.assertEqual(clamp(7, low=10, high=20), 10, "clamp(7, low=10, high=20) should be 10")

    def test_on_the_edge(self):
        self.assertEqual(clamp(100), 100, "clamp(100) should be 100: the limits themselves are allowed")
        self.assertEqual(clamp(0), 0, "clamp(0) should be 0")

    def test_limits_the_wrong_way_round(self):
        self.assertEqual(clamp(15, 10, 1), 10, "clamp(15, 10, 1) should be 10: swap the limits to 1 and 10 first")
        self.assertEqual(clamp(-4, 10, 1), 1, "clamp(-4, 10, 1) should be 1")
