import random
import unittest
from student import roll_dice


class TestRollDice(unittest.TestCase):
    def test_returns_as_many_rolls_as_asked(self):
        rolls = roll_dice(10, 1)
        self.assertIsInstance(rolls, list, f"roll_dice(10, 1) should return a list, not {rolls!r}")
        self.assertEqual(len(rolls), 10, "roll_dice(10, 1) should return 10 rolls")
        self.assertEqual(roll_dice(0, 1), [], "roll_dice(0, 1) should return an empty list")

    def test_rolls_are_on_the_die(self):
        rolls = roll_dice(200, 7)
        self.assertIsInstance(rolls, list, "roll_dice should return a list")
        self.assertTrue(all(1 <= r <= {{sides}} for r in rolls), "every roll should be a whole number from 1 to {{sides}}")
        self.assertEqual(set(rolls), set(range(1, {{sides}} + 1)), "in 200 rolls every side from 1 to {{sides}} should come up: use randint(1, {{sides}}), which includes both ends")

    def test_same_seed_same_rolls(self):
        first = roll_dice(8, 2024)
        self.assertIsNotNone(first, "roll_dice returned None: return the list of rolls")
        self.assertEqual(roll_dice(8, 2024), first, "calling roll_dice(8, 2024) twice should give the same list both times")

    def test_uses_its_own_generator(self):
        rng = random.Random(42)
        expected = [rng.randint(1, {{sides}}) for _ in range(6)]
        self.assertEqual(roll_dice(6, 42), expected, f"roll_dice(6, 42) should be {expected}: make random.Random(42) and call its randint(1, {{sides}}) 6 times")
