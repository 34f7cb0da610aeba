import unittest
from student import make_multiplier


class TestMakeMultiplier(unittest.TestCase):
    def make(self, factor):
        made = make_multiplier(factor)
        self.assertIsNotNone(made, f"make_multiplier({factor}) should return a function, but it returned None")
        return made

    def test_multiplier_of_three_triples(self):
        triple = self.make(3)
        self.assertEqual(triple(5), 15, "make_multiplier(3) should give a function where 5 becomes 15")
        self.assertEqual(triple(10), 30, "the same function should turn 10 into 30")

    def test_multiplier_of_a_half_halves(self):
        self.assertEqual(self.make(0.5)(9), 4.5, "make_multiplier(0.5)(9) should be 4.5")

    def test_each_keeps_its_factor(self):
        double = self.make(2)
        ten_times = self.make(10)
        self.assertEqual(double(7), 14, "making a second multiplier must not change the first: double(7) should still be 14")
        self.assertEqual(ten_times(7), 70, "make_multiplier(10)(7) should be 70")

    def test_multiplier_of_zero_gives_zero(self):
        self.assertEqual(self.make(0)(99), 0, "make_multiplier(0)(99) should be 0")
