import unittest

from student import Clock


class ClockTest(unittest.TestCase):
    def test_on_the_hour(self):
        self.assertEqual(str(Clock(8, 0)), "08:00")

    def test_rolls_over(self):
        self.assertEqual(repr(Clock(25, 160)), "Clock(03:40)")

    def test_add_minutes(self):
        self.assertEqual(str(Clock(10, 0) + 3), "10:03")

    def test_subtract_minutes(self):
        self.assertEqual(str(Clock(0, 3) - 4), "23:59")

    def test_equal_clocks(self):
        self.assertEqual(Clock(15, 37), Clock(15, 37))
        self.assertNotEqual(Clock(15, 36), Clock(15, 37))

    def test_equal_after_wrapping(self):
        self.assertEqual(Clock(-1, 15), Clock(23, 15))

    def test_ordering(self):
        clocks = [Clock(9, 0), Clock(7, 30), Clock(8, 15)]
        self.assertEqual([str(c) for c in sorted(clocks)], ["07:30", "08:15", "09:00"])
        self.assertLess(Clock(1, 0), Clock(2, 0))

    def test_hashable(self):
        self.assertEqual(len({Clock(1, 0), Clock(1, 0), Clock(25, 0)}), 1)

    def test_minutes_attribute(self):
        clock = Clock(1, 30)
        self.assertEqual(clock.minutes_since_midnight(), 90)
        self.assertTrue(clock)
