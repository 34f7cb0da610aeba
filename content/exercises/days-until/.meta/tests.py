import unittest
from student import days_until


class TestDaysUntil(unittest.TestCase):
    def test_later_this_year(self):
        self.assertEqual(days_until("2024-03-01", "03-15"), 14, 'days_until("2024-03-01", "03-15") should be 14')
        self.assertEqual(days_until("2024-01-31", "03-01"), 30, 'days_until("2024-01-31", "03-01") should be 30: February 2024 has 29 days')

    def test_today_is_zero(self):
        self.assertEqual(days_until("2024-05-05", "05-05"), 0, 'days_until("2024-05-05", "05-05") should be 0: the event is today')

    def test_already_passed_goes_to_next_year(self):
        self.assertEqual(days_until("2024-12-30", "01-02"), 3, 'days_until("2024-12-30", "01-02") should be 3: the next January 2 is in 2025')
        self.assertEqual(days_until("2024-05-06", "05-05"), 364, 'days_until("2024-05-06", "05-05") should be 364: the event was yesterday, so count to next year')

    def test_leap_year(self):
        self.assertEqual(days_until("2023-03-01", "02-28"), 364, 'days_until("2023-03-01", "02-28") should be 364: the next February 28 is in 2024, a leap year')

    def test_returns_a_whole_number(self):
        result = days_until("2024-06-01", "06-11")
        self.assertIsInstance(result, int, f"days_until should return a whole number of days (an int), not {result!r}: use .days")
        self.assertEqual(result, 10, 'days_until("2024-06-01", "06-11") should be 10')
