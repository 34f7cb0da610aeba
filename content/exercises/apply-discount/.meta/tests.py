import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_1(self):
        self.assertEqual({{func}}(100), 90.0, "the default discount is 10%")

    def test_2(self):
        self.assertEqual({{func}}(80, 25), 60.0, "{{func}}(80, 25) should be 60.0")

    def test_3(self):
        self.assertEqual({{func}}(50, 150), 50.0, "an impossible discount is ignored")

    def test_4(self):
        self.assertEqual({{func}}(9.99, 50), 5.0, "{{func}}(9.99, 50) should be 5.0")
