import unittest
from student import apply_twice


class TestApplyTwice(unittest.TestCase):
    def test_1(self):
        self.assertEqual(apply_twice(abs, -3), 3, "apply_twice(abs, -3) should be 3")

    def test_2(self):
        self.assertEqual(apply_twice(str.upper, "hi"), "HI", "apply_twice(str.upper, 'hi') should be 'HI'")

    def test_3(self):
        self.assertEqual(apply_twice(round, 2.6), 3, "apply_twice(round, 2.6) should be 3")
