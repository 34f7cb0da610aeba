import unittest
from student import check_age


class TestCheckAge(unittest.TestCase):
    def test_good_ages(self):
        self.assertEqual(check_age(30), 30, "check_age(30) should return 30")
        self.assertEqual(check_age(0), 0, "check_age(0) should return 0: a newborn is 0")
        self.assertEqual(check_age({{max_age}}), {{max_age}}, "check_age({{max_age}}) should return {{max_age}}: the limit itself is allowed")

    def test_negative_age(self):
        with self.assertRaises(ValueError, msg="check_age(-4) should raise ValueError") as caught:
            check_age(-4)
        self.assertTrue(str(caught.exception), "the ValueError should have a message that explains the problem")

    def test_too_old(self):
        with self.assertRaises(ValueError, msg="check_age({{max_age}} + 1) should raise ValueError"):
            check_age({{max_age}} + 1)

    def test_text_is_wrong_type(self):
        with self.assertRaises(TypeError, msg='check_age("30") should raise TypeError: text is not a whole number') as caught:
            check_age("30")
        self.assertTrue(str(caught.exception), "the TypeError should have a message that explains the problem")

    def test_decimal_is_wrong_type(self):
        with self.assertRaises(TypeError, msg="check_age(3.5) should raise TypeError: 3.5 is not a whole number"):
            check_age(3.5)
