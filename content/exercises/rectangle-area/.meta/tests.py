import unittest
from student import area


class TestArea(unittest.TestCase):
    def test_1(self):
        self.assertEqual(area(3, 4), 12, "area(3, 4) should be 12")

    def test_2(self):
        self.assertEqual(area(2.5, 2), 5.0, "area(2.5, 2) should be 5.0")

    def test_3(self):
        self.assertEqual(area(0, 9), 0, "a rectangle with width 0 has area 0")
