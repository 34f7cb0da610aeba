import unittest
from student import {{error}}, withdraw


class TestWithdraw(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(withdraw(50, 20), 30, "50 - 20 is 30")

    def test_too_much(self):
        with self.assertRaises({{error}}, msg="taking too much should raise {{error}}"):
            withdraw(10, 20)

    def test_is_exception(self):
        self.assertTrue(issubclass({{error}}, Exception), "{{error}} should inherit from Exception")
