import itertools
import unittest

from student import Countdown, evens, fibonacci, pairs


class GeneratorTest(unittest.TestCase):
    def test_finite_generator(self):
        self.assertEqual(list(evens(10)), [0, 2, 4, 6, 8])

    def test_infinite_generator(self):
        self.assertEqual(list(itertools.islice(fibonacci(), 8)), [0, 1, 1, 2, 3, 5, 8, 13])

    def test_next_by_hand(self):
        gen = fibonacci()
        self.assertEqual([next(gen), next(gen), next(gen)], [0, 1, 1])

    def test_generator_is_lazy(self):
        gen = evens(4)
        self.assertEqual(next(gen), 0)
        self.assertEqual(next(gen), 2)
        with self.assertRaises(StopIteration):
            next(gen)

    def test_iterable_class(self):
        self.assertEqual([n for n in Countdown(3)], [3, 2, 1])
        self.assertEqual(len(Countdown(5)), 5)
        self.assertIn(2, Countdown(3))
        self.assertEqual(list(reversed(Countdown(3))), [1, 2, 3])

    def test_indexing(self):
        self.assertEqual(Countdown(5)[0], 5)
        self.assertEqual(Countdown(5)[1:3], [4, 3])

    def test_zip_of_pairs(self):
        self.assertEqual(dict(pairs("ab", [1, 2])), {"a": 1, "b": 2})
