import unittest
from student import {{func}}


class TestDivide(unittest.TestCase):
    def test_normal_division(self):
        self.assertEqual({{func}}(10, 4), 2.5, "{{func}}(10, 4) should return 2.5")
        self.assertEqual({{func}}(-9, 3), -3.0, "{{func}}(-9, 3) should return -3.0")

    def test_zero_on_top(self):
        self.assertEqual({{func}}(0, 5), 0.0, "{{func}}(0, 5) should return 0.0: zero divided by a number is fine")

    def test_divide_by_zero(self):
        self.assertEqual({{func}}(7, 0), {{fallback}}, "{{func}}(7, 0) should return {{fallback}} instead of crashing")
        self.assertEqual({{func}}(-3.5, 0), {{fallback}}, "{{func}}(-3.5, 0) should also return {{fallback}}")

    def test_other_errors_still_raise(self):
        with self.assertRaises(TypeError, msg='{{func}}("6", 2) should still raise TypeError: catch only ZeroDivisionError'):
            {{func}}("6", 2)
