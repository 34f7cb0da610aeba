import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_finds_the_index_of_the_first_negative(self):
        self.assertEqual({{func}}([4, 2, -1, -5]), 2, "{{func}}([4, 2, -1, -5]) should be 2")

    def test_no_negative_gives_minus_one(self):
        self.assertEqual({{func}}([1, 2, 3]), -1, "no negative number gives -1")

    def test_empty_list_gives_minus_one(self):
        self.assertEqual({{func}}([]), -1, "{{func}}([]) should be -1")

    def test_negative_at_index_zero(self):
        self.assertEqual({{func}}([-3]), 0, "{{func}}([-3]) should be 0")
