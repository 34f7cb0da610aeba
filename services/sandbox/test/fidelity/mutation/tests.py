import unittest

from student import Inventory, add_tag, clear_done, sort_in_place, swap_first_last


class MutationTest(unittest.TestCase):
    def test_sorts_the_list_it_was_given(self):
        numbers = [3, 1, 2]
        result = sort_in_place(numbers)
        self.assertIsNone(result)
        self.assertEqual(numbers, [1, 2, 3])

    def test_swaps_in_place(self):
        items = ["a", "b", "c"]
        swap_first_last(items)
        self.assertEqual(items, ["c", "b", "a"])

    def test_adds_to_a_dict(self):
        tags = {"python": 1}
        add_tag(tags, "loops")
        self.assertEqual(tags, {"python": 1, "loops": 1})

    def test_nested_lists(self):
        board = [["x", "done"], ["y", "todo"]]
        clear_done(board)
        self.assertEqual(board, [["y", "todo"]])

    def test_set_updates(self):
        seen = {1}
        add_tag(seen, 2)
        self.assertEqual(seen, {1, 2})

    def test_object_keeps_its_list(self):
        stock = Inventory()
        stock.add("pen")
        stock.add("ink")
        self.assertEqual(stock.items, ["pen", "ink"])
        self.assertEqual(stock.count(), 2)
