import unittest
from student import busiest_weekday


class TestBusiestWeekday(unittest.TestCase):
    def test_1(self):
        self.assertEqual(busiest_weekday(["2026-11-23", "2026-11-30", "2026-11-24"]), "Monday", "two of the dates are Mondays")

    def test_2(self):
        self.assertEqual(busiest_weekday(["2026-11-29"]), "Sunday", "busiest_weekday(['2026-11-29']) should be 'Sunday'")
