import unittest
from student import invert


class TestInvert(unittest.TestCase):
    def test_swaps_keys_and_values(self):
        self.assertEqual(invert({"a": 1, "b": 2}), {1: "a", 2: "b"}, "invert({'a': 1, 'b': 2}) should be {1: 'a', 2: 'b'}")

    def test_empty_dictionary_stays_empty(self):
        self.assertEqual(invert({}), {}, "invert({}) should be {}")

    def test_string_values_become_keys(self):
        self.assertEqual(invert({"x": "y"}), {"y": "x"}, "invert({'x': 'y'}) should be {'y': 'x'}")
