import unittest
from student import {{cls}}


class TestCls(unittest.TestCase):
    def test_starts_at_zero(self):
        self.assertEqual({{cls}}().count, 0, "a new counter starts at 0")

    def test_click(self):
        c = {{cls}}()
        c.click()
        c.click()
        self.assertEqual(c.count, 2, "two clicks make 2")

    def test_reset(self):
        c = {{cls}}()
        c.click()
        c.reset()
        self.assertEqual(c.count, 0, "reset() goes back to 0")
