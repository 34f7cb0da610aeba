import random
import unittest
from student import roll_dice


class TestDice(unittest.TestCase):
    def test_repeatable(self):
        self.assertEqual(roll_dice(5, 42), roll_dice(5, 42), "the same seed gives the same rolls")

    def test_matches_random(self):
        rng = random.Random(7)
        self.assertEqual(roll_dice(4, 7), [rng.randint(1, 6) for _ in range(4)], "use random.Random(seed).randint(1, 6)")

    def test_range(self):
        self.assertEqual(len(roll_dice(50, 1)), 50, "you get as many rolls as asked")
        self.assertTrue(all(1 <= r <= 6 for r in roll_dice(50, 1)), "every roll is between 1 and 6")
