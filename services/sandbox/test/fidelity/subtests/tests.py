import unittest

from student import grade, is_leap, factorial


class SubTestsTest(unittest.TestCase):
    def test_leap_years(self):
        for year, leap in [(2000, True), (1900, False), (2024, True), (2023, False), (2100, False)]:
            with self.subTest(year=year):
                self.assertEqual(is_leap(year), leap)

    def test_grades(self):
        for score, letter in [(95, "A"), (85, "B"), (75, "C"), (10, "F")]:
            with self.subTest(score=score):
                self.assertEqual(grade(score), letter)

    def test_errors_inside_subtests(self):
        for n, expected in [(0, 1), (5, 120), (-1, None)]:
            with self.subTest(n=n):
                self.assertEqual(factorial(n), expected)

    def test_deep_recursion(self):
        self.assertEqual(factorial(3000) > 0, True)
