import unittest
from student import Rectangle


class TestRectangle(unittest.TestCase):
    def test_area(self):
        self.assertEqual(Rectangle(3, 4).area(), 12, "a 3 by 4 rectangle has area 12")

    def test_perimeter(self):
        self.assertEqual(Rectangle(3, 4).perimeter(), 14, "a 3 by 4 rectangle has perimeter 14")

    def test_square(self):
        self.assertEqual(Rectangle(5, 5).area(), 25, "a 5 by 5 square has area 25")
