import unittest

from student import accumulate, keep, discard, foldl, apply_all, compose


class HigherOrderTest(unittest.TestCase):
    def test_accumulate_squares(self):
        self.assertEqual(accumulate([1, 2, 3], lambda x: x * x), [1, 4, 9])

    def test_accumulate_with_a_builtin(self):
        self.assertEqual(accumulate(["a", "b"], str.upper), ["A", "B"])
        self.assertEqual(accumulate(["ab", "c"], len), [2, 1])

    def test_keep_and_discard(self):
        is_even = lambda n: n % 2 == 0
        self.assertEqual(keep([1, 2, 3, 4], is_even), [2, 4])
        self.assertEqual(discard([1, 2, 3, 4], is_even), [1, 3])

    def test_foldl(self):
        self.assertEqual(foldl(lambda acc, x: acc + x, [1, 2, 3], 10), 16)

    def test_a_function_that_raises(self):
        def boom(_x):
            raise ValueError("no")

        with self.assertRaises(ValueError):
            accumulate([1], boom)

    def test_callbacks_are_called_in_order(self):
        seen = []
        apply_all([3, 1, 2], seen.append)
        self.assertEqual(seen, [3, 1, 2])

    def test_compose(self):
        inc = lambda x: x + 1
        double = lambda x: x * 2
        self.assertEqual(compose(inc, double)(5), 11)

    def test_nested_callbacks(self):
        self.assertEqual(accumulate([[1, 2], [3]], lambda xs: accumulate(xs, lambda x: -x)), [[-1, -2], [-3]])
