import unittest
from student import bill


class TestBill(unittest.TestCase):
    def test_ten_percent_tax_is_added(self):
        self.assertEqual(bill(2.5, 4, 10), "€11.00", "bill(2.5, 4, 10) should be '€11.00'")

    def test_no_tax_gives_price_times_quantity(self):
        self.assertEqual(bill(1.99, 3, 0), "€5.97", "bill(1.99, 3, 0) should be '€5.97'")

    def test_twenty_percent_tax_is_added(self):
        self.assertEqual(bill(10, 1, 20), "€12.00", "bill(10, 1, 20) should be '€12.00'")

    def test_free_items_cost_nothing_even_with_tax(self):
        self.assertEqual(bill(0, 5, 10), "€0.00", "bill(0, 5, 10) should be '€0.00'")
