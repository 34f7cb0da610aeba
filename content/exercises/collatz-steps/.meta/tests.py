import unittest
from student import collatz_steps


class TestCollatzSteps(unittest.TestCase):
    def test_1(self):
        self.assertEqual(collatz_steps(1), 0, "collatz_steps(1) should be 0")

    def test_2(self):
        self.assertEqual(collatz_steps(6), 8, "collatz_steps(6) should be 8")

    def test_3(self):
        self.assertEqual(collatz_steps(27), 111, "collatz_steps(27) should be 111")
