import unittest
from student import unique_in_order


class TestUniqueInOrder(unittest.TestCase):
    def test_keeps_the_first_of_each_number_in_order(self):
        self.assertEqual(unique_in_order([3, 1, 3, 2, 1]), [3, 1, 2], "unique_in_order([3, 1, 3, 2, 1]) should be [3, 1, 2]")

    def test_empty_list_stays_empty(self):
        self.assertEqual(unique_in_order([]), [], "unique_in_order([]) should be []")

    def test_repeated_letter_appears_once(self):
        self.assertEqual(unique_in_order(["a", "a"]), ["a"], "unique_in_order(['a', 'a']) should be ['a']")
