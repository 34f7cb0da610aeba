import unittest
from student import {{error}}, calculate


class TestCalculate(unittest.TestCase):
    def require_error_class(self):
        # a friendlier message than assertRaises gives for a class that is not an exception yet
        self.assertTrue(issubclass({{error}}, Exception), "first make {{error}} an exception class: it must inherit from Exception")

    def error_message(self, expression):
        self.require_error_class()
        with self.assertRaises({{error}}, msg=f"calculate({expression!r}) should raise {{error}}") as caught:
            calculate(expression)
        return str(caught.exception)

    def test_is_an_exception_class(self):
        self.assertTrue(issubclass({{error}}, Exception), "{{error}} should inherit from Exception: class {{error}}(Exception)")

    def test_four_operators(self):
        self.assertEqual(calculate("3 + 4"), 7, 'calculate("3 + 4") should return 7.0')
        self.assertEqual(calculate("10 / 4"), 2.5, 'calculate("10 / 4") should return 2.5')
        self.assertEqual(calculate("2 * -3"), -6, 'calculate("2 * -3") should return -6.0')
        self.assertEqual(calculate("1.5 - 0.5"), 1, 'calculate("1.5 - 0.5") should return 1.0')

    def test_divide_by_zero(self):
        self.assertEqual(self.error_message("8 / 0"), "cannot divide by zero", 'calculate("8 / 0") should raise {{error}}("cannot divide by zero"), not ZeroDivisionError')

    def test_not_a_number(self):
        self.assertEqual(self.error_message("3 + x"), "not a number: x", 'calculate("3 + x") should raise {{error}}("not a number: x"), not ValueError')
        self.assertEqual(self.error_message("x % 2"), "not a number: x", 'calculate("x % 2"): the numbers are checked first, so the message is "not a number: x"')

    def test_unknown_operator(self):
        self.assertEqual(self.error_message("3 % 4"), "unknown operator: %", 'calculate("3 % 4") should raise {{error}}("unknown operator: %")')

    def test_wrong_number_of_parts(self):
        for expression in ["3 +", "1 + 2 + 3", ""]:
            self.assertEqual(self.error_message(expression), "expected: number operator number", f"calculate({expression!r}) should raise {{error}} with the message \"expected: number operator number\"")
