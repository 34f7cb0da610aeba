import unittest
from student import is_prime


class TestIsPrime(unittest.TestCase):
    def test_1(self):
        self.assertEqual(is_prime(2), True, "is_prime(2) should be True")

    def test_2(self):
        self.assertEqual(is_prime(17), True, "is_prime(17) should be True")

    def test_3(self):
        self.assertEqual(is_prime(1), False, "1 is not prime")

    def test_4(self):
        self.assertEqual(is_prime(21), False, "is_prime(21) should be False")

    def test_5(self):
        self.assertEqual(is_prime(7919), True, "is_prime(7919) should be True")
