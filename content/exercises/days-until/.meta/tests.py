import unittest
from student import days_between


class TestDaysBetween(unittest.TestCase):
    def test_1(self):
        self.assertEqual(days_between("2026-11-24", "2026-12-25"), 31, "days_between('2026-11-24', '2026-12-25') should be 31")

    def test_2(self):
        self.assertEqual(days_between("2026-01-01", "2026-01-01"), 0, "days_between('2026-01-01', '2026-01-01') should be 0")

    def test_3(self):
        self.assertEqual(days_between("2026-03-01", "2026-02-01"), -28, "an earlier end gives a negative number")
