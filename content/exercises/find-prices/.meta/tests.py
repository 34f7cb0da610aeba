import unittest
from student import find_prices


class TestFindPrices(unittest.TestCase):
    def test_several_prices(self):
        self.assertEqual(find_prices("Tea is $3, cake is $4.50 and a sandwich $12.99."), [3.0, 4.5, 12.99],
                         "the prices in that text are $3, $4.50 and $12.99, so the result should be [3.0, 4.5, 12.99]")

    def test_dot_at_end_of_sentence(self):
        self.assertEqual(find_prices("Only $5."), [5.0], 'find_prices("Only $5.") should be [5.0]: a dot with no two digits after it is not cents')

    def test_needs_a_dollar_sign(self):
        self.assertEqual(find_prices("costs 5 dollars, room 12, 3.50 each"), [], "numbers without a $ in front are not prices, so the result should be []")
        self.assertEqual(find_prices("send $ later"), [], "a $ with no digits after it is not a price")

    def test_small_and_large(self):
        self.assertEqual(find_prices("$0.99 or $100"), [0.99, 100.0], 'find_prices("$0.99 or $100") should be [0.99, 100.0]')

    def test_returns_numbers(self):
        result = find_prices("Total: $7.25")
        self.assertEqual(result, [7.25], 'find_prices("Total: $7.25") should be [7.25], a list with the number 7.25 (not the text "7.25")')
