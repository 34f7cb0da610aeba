import unittest
from student import {{error}}, withdraw


class TestWithdraw(unittest.TestCase):
    def require_error_class(self):
        # a friendlier message than assertRaises gives for a class that is not an exception yet
        self.assertTrue(issubclass({{error}}, Exception), "first make {{error}} an exception class: it must inherit from Exception")

    def test_is_an_exception_class(self):
        self.assertTrue(issubclass({{error}}, Exception), "{{error}} should be a class that inherits from Exception: class {{error}}(Exception)")

    def test_normal_withdrawal(self):
        self.assertEqual(withdraw(100, 30), 70, "withdraw(100, 30) should return 70")
        self.assertEqual(withdraw(50, 50), 0, "withdraw(50, 50) should return 0: taking everything is allowed")

    def test_too_much_raises(self):
        self.require_error_class()
        with self.assertRaises({{error}}, msg="withdraw(20, 50) should raise {{error}}"):
            withdraw(20, 50)

    def test_message_says_how_much_is_missing(self):
        self.require_error_class()
        with self.assertRaises({{error}}, msg="withdraw(20, 50) should raise {{error}}") as caught:
            withdraw(20, 50)
        self.assertEqual(str(caught.exception), "need 30 more", 'the message for withdraw(20, 50) should be "need 30 more"')

    def test_bad_amount_is_value_error(self):
        with self.assertRaises(ValueError, msg="withdraw(20, -5) should raise ValueError: the amount must be positive"):
            withdraw(20, -5)
        with self.assertRaises(ValueError, msg="withdraw(20, 0) should raise ValueError: taking out 0 makes no sense"):
            withdraw(20, 0)
