import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_adds_three_numbers(self):
        self.assertEqual({{func}}([1, 2, 3]), 6, "{{func}}([1, 2, 3]) should be 6")

    def test_empty_list_adds_up_to_zero(self):
        self.assertEqual({{func}}([]), 0, "an empty list adds up to 0")

    def test_negative_numbers_are_added_too(self):
        self.assertEqual({{func}}([-2, 2, 5]), 5, "{{func}}([-2, 2, 5]) should be 5")
