import unittest
from student import unique_in_order


class TestUniqueInOrder(unittest.TestCase):
    def test_1(self):
        self.assertEqual(unique_in_order([3, 1, 3, 2, 1]), [3, 1, 2], "unique_in_order([3, 1, 3, 2, 1]) should be [3, 1, 2]")

    def test_2(self):
        self.assertEqual(unique_in_order([]), [], "unique_in_order([]) should be []")

    def test_3(self):
        self.assertEqual(unique_in_order(["a", "a"]), ["a"], "unique_in_order(['a', 'a']) should be ['a']")
