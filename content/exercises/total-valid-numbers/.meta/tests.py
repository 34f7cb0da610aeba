import unittest
from student import sum_valid


class TestSumValid(unittest.TestCase):
    def test_1(self):
        self.assertEqual(sum_valid(["1", "2.5", "abc", "4"]), (7.5, 1), "sum_valid(['1', '2.5', 'abc', '4']) should be (7.5, 1)")

    def test_2(self):
        self.assertEqual(sum_valid([]), (0.0, 0), "sum_valid([]) should be (0.0, 0)")

    def test_3(self):
        self.assertEqual(sum_valid(["x", None]), (0.0, 2), "None cannot be converted either")
