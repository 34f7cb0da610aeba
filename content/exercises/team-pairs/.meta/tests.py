import unittest
from student import count_pairings, pairings


class TestPairs(unittest.TestCase):
    def test_pairs(self):
        self.assertEqual(pairings(["a", "b", "c"]), [("a", "b"), ("a", "c"), ("b", "c")], "three names make three pairs")

    def test_count(self):
        self.assertEqual(count_pairings(30), 435, "30 people make 435 pairs")
        self.assertEqual(count_pairings(1), 0, "one person makes no pair")

    def test_consistent(self):
        self.assertEqual(len(pairings(list(range(10)))), count_pairings(10), "both functions agree")
