import unittest
from student import to_fahrenheit


class TestToFahrenheit(unittest.TestCase):
    def test_1(self):
        self.assertEqual(to_fahrenheit(0), 32.0, "to_fahrenheit(0) should be 32.0")

    def test_2(self):
        self.assertEqual(to_fahrenheit(100), 212.0, "to_fahrenheit(100) should be 212.0")

    def test_3(self):
        self.assertEqual(to_fahrenheit(-40), -40.0, "-40 is the same in both scales")
