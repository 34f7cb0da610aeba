import unittest
from student import countdown


class TestCountdown(unittest.TestCase):
    def test_1(self):
        self.assertEqual(countdown(3), [3, 2, 1], "countdown(3) should be [3, 2, 1]")

    def test_2(self):
        self.assertEqual(countdown(1), [1], "countdown(1) should be [1]")

    def test_3(self):
        self.assertEqual(countdown(0), [], "countdown(0) gives an empty list")
