import unittest
from student import best_combo

MENU = {"soup": 4, "salad": 5, "pasta": 9, "steak": 15, "cake": 6}


class TestBestCombo(unittest.TestCase):
    def test_two_dishes(self):
        self.assertEqual(best_combo(MENU, 20, 2), ("salad", "steak"), 'best_combo(MENU, 20, 2) should be ("salad", "steak"): 5 + 15 is exactly 20')
        self.assertEqual(best_combo(MENU, 12, 2), ("salad", "cake"), 'best_combo(MENU, 12, 2) should be ("salad", "cake"): 11 is the most you can spend without going over 12')

    def test_three_dishes(self):
        self.assertEqual(best_combo(MENU, 20, 3), ("salad", "pasta", "cake"), 'best_combo(MENU, 20, 3) should be ("salad", "pasta", "cake"): 5 + 9 + 6 is 20')

    def test_one_dish(self):
        self.assertEqual(best_combo(MENU, 10, 1), ("pasta",), 'best_combo(MENU, 10, 1) should be ("pasta",): a tuple with the one dish of 10 or less that costs the most')

    def test_tie_keeps_the_first(self):
        self.assertEqual(best_combo({"a": 5, "b": 5, "c": 5}, 10, 2), ("a", "b"), 'with three dishes of 5 and a budget of 10, ("a", "b") comes first in combinations order')
        self.assertEqual(best_combo({"tea": 3, "pie": 7, "bun": 2, "jam": 8}, 10, 2), ("tea", "pie"), '("tea", "pie") and ("bun", "jam") both cost 10; ("tea", "pie") comes first')

    def test_nothing_fits(self):
        self.assertEqual(best_combo(MENU, 8, 2), (), "no two dishes cost 8 or less, so the answer is an empty tuple ()")
        self.assertEqual(best_combo({"soup": 4}, 100, 2), (), "a menu with one dish cannot give two dishes: the answer is ()")
