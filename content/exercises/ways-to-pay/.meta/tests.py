import unittest
from student import {{func}}


class TestWaysToPay(unittest.TestCase):
    def test_small_example(self):
        self.assertEqual({{func}}(4, [1, 2]), 3, "{{func}}(4, [1, 2]) should be 3: 1+1+1+1, 1+1+2 and 2+2")

    def test_three_coins(self):
        self.assertEqual({{func}}(10, [1, 5, 10]), 4, "{{func}}(10, [1, 5, 10]) should be 4")

    def test_impossible_amount_has_no_ways(self):
        self.assertEqual({{func}}(3, [2]), 0, "{{func}}(3, [2]) should be 0: 3 cannot be paid with 2s")
        self.assertEqual({{func}}(7, []), 0, "{{func}}(7, []) should be 0: there are no coins")

    def test_zero_amount(self):
        self.assertEqual({{func}}(0, [1, 2]), 1, "{{func}}(0, [1, 2]) should be 1: pay with no coins")

    def test_order_does_not_matter(self):
        self.assertEqual({{func}}(5, [2, 1]), 3, "{{func}}(5, [2, 1]) should be 3 (2+2+1 and 1+2+2 are the same way)")

    def test_bigger_amount(self):
        self.assertEqual({{func}}(100, [1, 5, 10, 25, 50]), 292, "{{func}}(100, [1, 5, 10, 25, 50]) should be 292")
