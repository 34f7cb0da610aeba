import unittest
from student import fizzbuzz


class TestFizzbuzz(unittest.TestCase):
    def test_first_five_with_fizz_and_buzz(self):
        self.assertEqual(fizzbuzz(5), ["1", "2", "Fizz", "4", "Buzz"], "fizzbuzz(5) should be ['1', '2', 'Fizz', '4', 'Buzz']")

    def test_fifteen_is_fizzbuzz(self):
        self.assertEqual(fizzbuzz(15)[-1], "FizzBuzz", "15 is a multiple of 3 and 5")

    def test_thirty_gives_thirty_items(self):
        self.assertEqual(len(fizzbuzz(30)), 30, "len(fizzbuzz(30)) should be 30")

    def test_zero_gives_an_empty_list(self):
        self.assertEqual(fizzbuzz(0), [], "fizzbuzz(0) should be []")
