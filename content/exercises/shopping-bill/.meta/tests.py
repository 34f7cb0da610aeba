import unittest
from student import bill


class TestBill(unittest.TestCase):
    def test_1(self):
        self.assertEqual(bill(2.5, 4, 10), "€11.00", "bill(2.5, 4, 10) should be '€11.00'")

    def test_2(self):
        self.assertEqual(bill(1.99, 3, 0), "€5.97", "bill(1.99, 3, 0) should be '€5.97'")

    def test_3(self):
        self.assertEqual(bill(10, 1, 20), "€12.00", "bill(10, 1, 20) should be '€12.00'")

    def test_4(self):
        self.assertEqual(bill(0, 5, 10), "€0.00", "bill(0, 5, 10) should be '€0.00'")
