import unittest
from student import keep_if, {{name}}


class TestPassingFunctions(unittest.TestCase):
    def test_apply_abs(self):
        self.assertEqual({{name}}(abs, [-2, 3, -5]), [2, 3, 5], "{{name}}(abs, [-2, 3, -5]) should be [2, 3, 5]")

    def test_apply_len_and_upper(self):
        self.assertEqual({{name}}(len, ["hi", "hello"]), [2, 5], '{{name}}(len, ["hi", "hello"]) should be [2, 5]')
        self.assertEqual({{name}}(str.upper, ["a", "b"]), ["A", "B"], '{{name}}(str.upper, ["a", "b"]) should be ["A", "B"]')

    def test_apply_to_empty_list(self):
        self.assertEqual({{name}}(abs, []), [], "{{name}}(abs, []) should be an empty list")

    def test_keep_digits(self):
        self.assertEqual(keep_if(str.isdigit, ["12", "ab", "7"]), ["12", "7"], 'keep_if(str.isdigit, ["12", "ab", "7"]) should be ["12", "7"]')

    def test_keep_truthy_values(self):
        self.assertEqual(keep_if(bool, [0, 3, "", "x"]), [3, "x"], 'keep_if(bool, [0, 3, "", "x"]) should be [3, "x"]')
        self.assertEqual(keep_if(bool, [0, ""]), [], "when nothing passes the test, keep_if should return an empty list")
