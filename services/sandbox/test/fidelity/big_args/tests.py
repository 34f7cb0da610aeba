import unittest

from student import biggest, running_total, total, digits_of


class BigArgumentsTest(unittest.TestCase):
    def test_sum_of_a_million_numbers(self):
        numbers = list(range(1_000_100))
        self.assertEqual(total(numbers), sum(numbers))

    def test_max_of_a_million_numbers(self):
        self.assertEqual(biggest(list(range(1_000_100, 0, -1))), 1_000_100)

    def test_a_big_result(self):
        result = running_total(list(range(200_000)))
        self.assertEqual(len(result), 200_000)
        self.assertEqual(result[-1], sum(range(200_000)))

    def test_huge_integers(self):
        self.assertEqual(digits_of(2**20000), 6021)
        self.assertEqual(total([2**5000, 1]), 2**5000 + 1)
