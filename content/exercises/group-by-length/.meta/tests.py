import unittest
from student import group_by_length


class TestGroupByLength(unittest.TestCase):
    def test_1(self):
        self.assertEqual(group_by_length(["hi", "cat", "yo", "dog"]), {2: ["hi", "yo"], 3: ["cat", "dog"]}, "group_by_length(['hi', 'cat', 'yo', 'dog']) should be {2: ['hi', 'yo'], 3: ['cat', 'dog']}")

    def test_2(self):
        self.assertEqual(group_by_length([]), {}, "group_by_length([]) should be {}")

    def test_3(self):
        self.assertEqual(group_by_length(["a"]), {1: ["a"]}, "group_by_length(['a']) should be {1: ['a']}")
