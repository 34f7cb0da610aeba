import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_sum_up_to_three(self):
        self.assertEqual({{func}}(3), 6, "{{func}}(3) should be 6")

    def test_sum_up_to_ten(self):
        self.assertEqual({{func}}(10), 55, "{{func}}(10) should be 55")

    def test_zero_gives_zero(self):
        self.assertEqual({{func}}(0), 0, "{{func}}(0) should be 0")

    def test_negative_n_gives_zero(self):
        self.assertEqual({{func}}(-4), 0, "negative n gives 0")
