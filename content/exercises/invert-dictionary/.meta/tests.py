import unittest
from student import invert


class TestInvert(unittest.TestCase):
    def test_1(self):
        self.assertEqual(invert({"a": 1, "b": 2}), {1: "a", 2: "b"}, "invert({'a': 1, 'b': 2}) should be {1: 'a', 2: 'b'}")

    def test_2(self):
        self.assertEqual(invert({}), {}, "invert({}) should be {}")

    def test_3(self):
        self.assertEqual(invert({"x": "y"}), {"y": "x"}, "invert({'x': 'y'}) should be {'y': 'x'}")
