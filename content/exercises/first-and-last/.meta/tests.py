import unittest
from student import first_and_last


class TestFirstAndLast(unittest.TestCase):
    def test_first_and_last_of_three_numbers(self):
        self.assertEqual(first_and_last([3, 8, 1]), (3, 1), "first_and_last([3, 8, 1]) should be (3, 1)")

    def test_one_item(self):
        self.assertEqual(first_and_last(["solo"]), ("solo", "solo"), 'with one item, it is both first and last: ("solo", "solo")')

    def test_empty_list(self):
        self.assertEqual(first_and_last([]), (None, None), "first_and_last([]) should be (None, None)")

    def test_can_unpack(self):
        result = first_and_last(["a", "b", "c"])
        self.assertIsInstance(result, tuple, "return the two values separated by a comma, so the caller gets a tuple")
        first, last = result
        self.assertEqual((first, last), ("a", "c"), 'first_and_last(["a", "b", "c"]) should give "a" and "c"')
