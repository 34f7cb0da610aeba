import unittest
from student import to_int


class TestToInt(unittest.TestCase):
    def test_whole_numbers(self):
        self.assertEqual(to_int("42", 0), 42, 'to_int("42", 0) should return the number 42')
        self.assertEqual(to_int("0", 5), 0, 'to_int("0", 5) should return 0: "0" is a real number, not a failure')

    def test_spaces_and_minus(self):
        self.assertEqual(to_int(" -7 ", 0), -7, 'to_int(" -7 ", 0) should return -7: int() handles the spaces and the minus sign')

    def test_not_a_number(self):
        self.assertEqual(to_int("forty", 0), 0, 'to_int("forty", 0) should return the default, 0')
        self.assertEqual(to_int("", 99), 99, 'to_int("", 99) should return the default, 99')

    def test_decimal_is_not_whole(self):
        self.assertEqual(to_int("3.5", -1), -1, 'to_int("3.5", -1) should return the default -1: 3.5 is not a whole number')

    def test_default_is_returned_as_given(self):
        self.assertEqual(to_int("abc", "none"), "none", 'to_int("abc", "none") should return exactly the default you were given')
