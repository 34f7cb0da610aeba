import unittest
from student import swap_ends


class TestSwapEnds(unittest.TestCase):
    def test_swaps_first_and_last_letter(self):
        self.assertEqual(swap_ends("python"), "nythop", "swap_ends('python') should be 'nythop'")

    def test_one_letter_stays_the_same(self):
        self.assertEqual(swap_ends("a"), "a", "one letter stays the same")

    def test_empty_word_stays_empty(self):
        self.assertEqual(swap_ends(""), "", "an empty word stays empty")

    def test_two_letters_swap(self):
        self.assertEqual(swap_ends("ab"), "ba", "swap_ends('ab') should be 'ba'")
