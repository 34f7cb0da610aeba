import unittest
from student import {{func}}


class TestAverage(unittest.TestCase):
    def test_returns_a_value(self):
        self.assertIsNotNone({{func}}(2, 4, 6), "{{func}} should return the average, not print it (it returned None)")

    def test_simple_average(self):
        self.assertEqual({{func}}(2, 4, 6), 4, "{{func}}(2, 4, 6) should be 4.0")

    def test_all_the_same(self):
        self.assertEqual({{func}}(10, 10, 10), 10, "{{func}}(10, 10, 10) should be 10.0")

    def test_negative_numbers(self):
        self.assertEqual({{func}}(-3, 0, 3), 0, "{{func}}(-3, 0, 3) should be 0.0")

    def test_not_a_whole_number(self):
        got = {{func}}(1, 2, 2)
        self.assertIsNotNone(got, "{{func}}(1, 2, 2) returned None: return the average")
        self.assertAlmostEqual(got, 5 / 3, 6, "{{func}}(1, 2, 2) should be about 1.667: divide the whole sum by 3")
