import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_1(self):
        self.assertEqual({{func}}(10, 4), 2.5, "{{func}}(10, 4) should be 2.5")

    def test_2(self):
        self.assertEqual({{func}}(1, 0), None, "dividing by zero gives None")

    def test_3(self):
        self.assertEqual({{func}}(0, 5), 0.0, "{{func}}(0, 5) should be 0.0")
