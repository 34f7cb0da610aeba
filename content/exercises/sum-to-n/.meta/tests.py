import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_1(self):
        self.assertEqual({{func}}(3), 6, "{{func}}(3) should be 6")

    def test_2(self):
        self.assertEqual({{func}}(10), 55, "{{func}}(10) should be 55")

    def test_3(self):
        self.assertEqual({{func}}(0), 0, "{{func}}(0) should be 0")

    def test_4(self):
        self.assertEqual({{func}}(-4), 0, "negative n gives 0")
