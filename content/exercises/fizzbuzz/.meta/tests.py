import unittest
from student import fizzbuzz


class TestFizzbuzz(unittest.TestCase):
    def test_1(self):
        self.assertEqual(fizzbuzz(5), ["1", "2", "Fizz", "4", "Buzz"], "fizzbuzz(5) should be ['1', '2', 'Fizz', '4', 'Buzz']")

    def test_2(self):
        self.assertEqual(fizzbuzz(15)[-1], "FizzBuzz", "15 is a multiple of 3 and 5")

    def test_3(self):
        self.assertEqual(len(fizzbuzz(30)), 30, "len(fizzbuzz(30)) should be 30")

    def test_4(self):
        self.assertEqual(fizzbuzz(0), [], "fizzbuzz(0) should be []")
