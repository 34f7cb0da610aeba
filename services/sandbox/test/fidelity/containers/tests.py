import collections
import unittest

from student import chunk, invert, letters_of, ordered_counts, queue_of, to_bytes, unique_pairs


class ContainersTest(unittest.TestCase):
    def test_count_equal_ignores_order(self):
        self.assertCountEqual(letters_of("banana"), ["a", "a", "a", "b", "n", "n"])

    def test_sets_of_tuples(self):
        self.assertSetEqual(unique_pairs([1, 2, 1]), {(1, 2), (2, 1), (1, 1)})

    def test_frozenset_keys(self):
        self.assertEqual(invert({"a": 1, "b": 1}), {1: frozenset({"a", "b"})})

    def test_dict_equal(self):
        self.assertDictEqual(ordered_counts("aba"), {"a": 2, "b": 1})
        self.assertEqual(list(ordered_counts("ba")), ["b", "a"])

    def test_ordered_dict_type(self):
        self.assertIsInstance(ordered_counts("x"), collections.OrderedDict)

    def test_list_of_lists(self):
        self.assertListEqual(chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]])

    def test_tuple_results(self):
        self.assertTupleEqual(tuple(chunk([1], 1)[0]), (1,))

    def test_deque(self):
        q = queue_of([1, 2, 3], 2)
        self.assertEqual(q, collections.deque([2, 3], maxlen=2))
        self.assertEqual(q.maxlen, 2)

    def test_bytes(self):
        self.assertEqual(to_bytes("héllo"), b"h\xc3\xa9llo")
        self.assertIsInstance(to_bytes("x"), bytes)

    def test_unicode_and_escapes(self):
        self.assertEqual(letters_of("\u00e9\U0001f40d"), ["\u00e9", "\U0001f40d"])
