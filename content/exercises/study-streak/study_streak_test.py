import unittest
from datetime import date, timedelta

from study_streak import current_streak, longest_streak, streak_start

LEAP = [date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1), date(2024, 3, 5)]


class LongestStreakTest(unittest.TestCase):
    def test_no_days_means_no_streak(self):
        self.assertEqual(longest_streak([]), 0)

    def test_one_day_is_a_streak_of_one(self):
        self.assertEqual(longest_streak([date(2024, 1, 9)]), 1)

    def test_a_leap_day_joins_february_and_march(self):
        self.assertEqual(longest_streak(LEAP), 3)

    def test_the_same_day_twice_counts_once(self):
        days = [date(2024, 5, 1), date(2024, 5, 1), date(2024, 5, 2)]
        self.assertEqual(longest_streak(days), 2)

    def test_the_order_of_the_days_does_not_matter(self):
        days = [date(2023, 12, 31), date(2024, 1, 2), date(2024, 1, 1), date(2023, 12, 30)]
        self.assertEqual(longest_streak(days), 4)

    def test_a_long_streak_of_a_whole_year(self):
        start = date(2023, 1, 1)
        self.assertEqual(longest_streak([start + timedelta(days=n) for n in range(365)]), 365)


class CurrentStreakTest(unittest.TestCase):
    def test_a_streak_ending_today_is_alive(self):
        self.assertEqual(current_streak(LEAP[:3], date(2024, 3, 1)), 3)

    def test_a_streak_ending_yesterday_is_still_alive(self):
        self.assertEqual(current_streak(LEAP, date(2024, 3, 2)), 3)

    def test_a_missed_day_ends_the_streak(self):
        self.assertEqual(current_streak(LEAP, date(2024, 3, 4)), 0)

    def test_studying_today_after_a_gap_starts_again_at_one(self):
        self.assertEqual(current_streak(LEAP, date(2024, 3, 5)), 1)


class StreakStartTest(unittest.TestCase):
    def test_the_live_streak_began_on_the_first_day_in_a_row(self):
        self.assertEqual(streak_start(LEAP, date(2024, 3, 2)), date(2024, 2, 28))

    def test_the_start_is_a_date(self):
        self.assertIsInstance(streak_start(LEAP, date(2024, 3, 1)), date)

    def test_no_live_streak_has_no_start(self):
        self.assertIsNone(streak_start(LEAP, date(2024, 3, 10)))
