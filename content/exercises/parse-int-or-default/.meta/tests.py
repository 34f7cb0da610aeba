import unittest
from student import to_int


class TestToInt(unittest.TestCase):
    def test_1(self):
        self.assertEqual(to_int("42"), 42, "to_int('42') should be 42")

    def test_2(self):
        self.assertEqual(to_int("abc"), 0, "text that is not a number gives the default")

    def test_3(self):
        self.assertEqual(to_int("3.5", -1), -1, "to_int('3.5', -1) should be -1")

    def test_4(self):
        self.assertEqual(to_int(" 7 "), 7, "spaces around a number are fine")
