import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_1(self):
        self.assertEqual({{func}}(4), 8, "{{func}}(4) should be 8")

    def test_2(self):
        self.assertEqual({{func}}(-1.5), -3.0, "{{func}}(-1.5) should be -3.0")

    def test_3(self):
        self.assertEqual({{func}}(0), 0, "{{func}}(0) should be 0")
