import unittest
from student import hypotenuse


class TestHypotenuse(unittest.TestCase):
    def test_1(self):
        self.assertEqual(hypotenuse(3, 4), 5.0, "hypotenuse(3, 4) should be 5.0")

    def test_2(self):
        self.assertEqual(hypotenuse(1, 1), 1.41, "hypotenuse(1, 1) should be 1.41")

    def test_3(self):
        self.assertEqual(hypotenuse(5, 12), 13.0, "hypotenuse(5, 12) should be 13.0")
