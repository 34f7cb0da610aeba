import unittest
from student import swap_ends


class TestSwapEnds(unittest.TestCase):
    def test_1(self):
        self.assertEqual(swap_ends("python"), "nythop", "swap_ends('python') should be 'nythop'")

    def test_2(self):
        self.assertEqual(swap_ends("a"), "a", "one letter stays the same")

    def test_3(self):
        self.assertEqual(swap_ends(""), "", "an empty word stays empty")

    def test_4(self):
        self.assertEqual(swap_ends("ab"), "ba", "swap_ends('ab') should be 'ba'")
