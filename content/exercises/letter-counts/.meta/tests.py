import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_1(self):
        self.assertEqual({{func}}("aab"), {"a": 2, "b": 1}, "{{func}}('aab') should be {'a': 2, 'b': 1}")

    def test_2(self):
        self.assertEqual({{func}}(""), {}, "{{func}}('') should be {}")

    def test_3(self):
        self.assertEqual({{func}}("banana")["a"], 3, "{{func}}('banana')['a'] should be 3")
