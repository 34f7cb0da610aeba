import unittest
from student import Cart


class TestCart(unittest.TestCase):
    def test_empty_cart(self):
        cart = Cart()
        self.assertEqual(cart.count(), 0, "a new cart should have 0 items")
        self.assertEqual(cart.total(), 0, "a new cart should cost 0")

    def test_add_with_quantity(self):
        cart = Cart()
        cart.add("apple", 0.5, 4)
        cart.add("bread", 2.25)
        self.assertEqual(cart.count(), 5, "4 apples and 1 bread make 5 items (quantity defaults to 1)")
        self.assertEqual(cart.total(), 4.25, "4 x 0.5 + 2.25 should be 4.25")

    def test_add_same_product_again(self):
        cart = Cart()
        cart.add("apple", 0.5, 4)
        cart.add("apple", 0.5)
        self.assertEqual(cart.count(), 5, "adding apples again should add to the quantity: 5 apples")
        self.assertEqual(cart.total(), 2.5, "5 apples at 0.5 should cost 2.5")

    def test_remove_takes_an_item_out(self):
        cart = Cart()
        cart.add("apple", 0.5, 4)
        cart.add("bread", 2.25)
        self.assertEqual(cart.remove("bread"), True, 'remove("bread") should return True when bread is in the cart')
        self.assertEqual(cart.total(), 2.0, "after removing the bread, the total should be 2.0")
        self.assertEqual(cart.remove("milk"), False, 'remove("milk") should return False: there is no milk in the cart')

    def test_total_is_rounded(self):
        cart = Cart()
        cart.add("pen", 0.1, 3)
        self.assertEqual(cart.total(), 0.3, "3 x 0.1 should be 0.3 once rounded to 2 decimals")

    def test_carts_are_separate(self):
        mine = Cart()
        yours = Cart()
        mine.add("cake", 3.0)
        self.assertEqual(yours.count(), 0, "adding to one cart must not change another cart")
