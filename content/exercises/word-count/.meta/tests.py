import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_1(self):
        self.assertEqual({{func}}("the cat and the hat"), {"the": 2, "cat": 1, "and": 1, "hat": 1}, "{{func}}('the cat and the hat') should be {'the': 2, 'cat': 1, 'and': 1, 'hat': 1}")

    def test_2(self):
        self.assertEqual({{func}}(""), {}, "{{func}}('') should be {}")

    def test_3(self):
        self.assertEqual({{func}}("Go go GO"), {"go": 3}, "case does not matter")
