import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_1(self):
        self.assertEqual({{func}}([1, 2, 3]), 6, "{{func}}([1, 2, 3]) should be 6")

    def test_2(self):
        self.assertEqual({{func}}([]), 0, "an empty list adds up to 0")

    def test_3(self):
        self.assertEqual({{func}}([-2, 2, 5]), 5, "{{func}}([-2, 2, 5]) should be 5")
