import unittest
from student import is_prime


class TestIsPrime(unittest.TestCase):
    def test_two_is_prime(self):
        self.assertEqual(is_prime(2), True, "is_prime(2) should be True")

    def test_seventeen_is_prime(self):
        self.assertEqual(is_prime(17), True, "is_prime(17) should be True")

    def test_one_is_not_prime(self):
        self.assertEqual(is_prime(1), False, "1 is not prime")

    def test_twenty_one_is_not_prime(self):
        self.assertEqual(is_prime(21), False, "is_prime(21) should be False")

    def test_large_prime_7919(self):
        self.assertEqual(is_prime(7919), True, "is_prime(7919) should be True")
