import datetime
import unittest

from student import add_gigasecond, meetup, weekday_name, days_between


class DatesTest(unittest.TestCase):
    def test_gigasecond_from_a_date_time(self):
        self.assertEqual(add_gigasecond(datetime.datetime(2011, 4, 25, 0, 0)), datetime.datetime(2043, 1, 1, 1, 46, 40))

    def test_gigasecond_keeps_the_type(self):
        self.assertIsInstance(add_gigasecond(datetime.datetime(2015, 1, 24, 22, 0)), datetime.datetime)

    def test_meetup_teenth(self):
        self.assertEqual(meetup(2013, 5, "teenth", "Monday"), datetime.date(2013, 5, 13))

    def test_meetup_last(self):
        self.assertEqual(meetup(2015, 3, "last", "Monday"), datetime.date(2015, 3, 30))

    def test_weekday_of_a_date(self):
        self.assertEqual(weekday_name(datetime.date(2024, 2, 29)), "Thursday")

    def test_days_between_returns_a_timedelta(self):
        gap = days_between(datetime.date(2024, 1, 1), datetime.date(2024, 3, 1))
        self.assertEqual(gap, datetime.timedelta(days=60))
        self.assertEqual(gap.days, 60)

    def test_aware_datetimes(self):
        start = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)
        self.assertEqual(add_gigasecond(start).tzinfo, datetime.timezone.utc)
