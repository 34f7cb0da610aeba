import unittest
from student import to_fahrenheit


class TestToFahrenheit(unittest.TestCase):
    def test_freezing_point_is_32(self):
        self.assertEqual(to_fahrenheit(0), 32.0, "to_fahrenheit(0) should be 32.0")

    def test_boiling_point_is_212(self):
        self.assertEqual(to_fahrenheit(100), 212.0, "to_fahrenheit(100) should be 212.0")

    def test_minus_40_is_the_same_in_both_scales(self):
        self.assertEqual(to_fahrenheit(-40), -40.0, "-40 is the same in both scales")
