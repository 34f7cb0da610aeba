import unittest
from student import {{cls}}


class Test{{cls}}(unittest.TestCase):
    def test_stores_x_and_y(self):
        v = {{cls}}(1, 2)
        self.assertEqual((v.x, v.y), (1, 2), "{{cls}}(1, 2) should have x == 1 and y == 2")

    def test_str_shows_the_coordinates(self):
        self.assertEqual(str({{cls}}(1, 2)), "{{cls}}(1, 2)", 'str({{cls}}(1, 2)) should be "{{cls}}(1, 2)": write __str__')
        self.assertEqual(str({{cls}}(-3, 0.5)), "{{cls}}(-3, 0.5)", 'str({{cls}}(-3, 0.5)) should be "{{cls}}(-3, 0.5)"')

    def test_equal_vectors_compare_equal(self):
        self.assertEqual({{cls}}(1, 2) == {{cls}}(1, 2), True, "{{cls}}(1, 2) == {{cls}}(1, 2) should be True: write __eq__")
        self.assertEqual({{cls}}(1, 2) == {{cls}}(2, 1), False, "{{cls}}(1, 2) == {{cls}}(2, 1) should be False")

    def test_adding_adds_each_coordinate(self):
        a, b = {{cls}}(1, 2), {{cls}}(3, 4)
        total = a + b
        self.assertEqual((total.x, total.y), (4, 6), "{{cls}}(1, 2) + {{cls}}(3, 4) should be {{cls}}(4, 6): write __add__")
        self.assertEqual((a.x, a.y, b.x, b.y), (1, 2, 3, 4), "a + b must not change a or b")

    def test_multiplying_scales_each_coordinate(self):
        a = {{cls}}(1, 2)
        bigger = a * 3
        self.assertEqual((bigger.x, bigger.y), (3, 6), "{{cls}}(1, 2) * 3 should be {{cls}}(3, 6): write __mul__")
        self.assertEqual((a.x, a.y), (1, 2), "a * 3 must not change a")
