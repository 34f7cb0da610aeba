import unittest
from student import Circle, Shape, Square


class TestShapes(unittest.TestCase):
    def test_square(self):
        self.assertEqual(Square(3).describe(), "square with area 9", "Square(3).describe()")

    def test_circle(self):
        self.assertEqual(Circle(1).describe(), "circle with area 3.14", "Circle(1).describe()")

    def test_inherits(self):
        self.assertTrue(issubclass(Square, Shape), "Square should inherit from Shape")
        self.assertTrue(issubclass(Circle, Shape), "Circle should inherit from Shape")
