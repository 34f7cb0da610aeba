import unittest
from student import summarize


class TestSummarize(unittest.TestCase):
    def test_odd_number_of_scores(self):
        self.assertEqual(summarize([7, 9, 4, 9, 6]), {"mean": 7.0, "median": 7, "mode": 9},
                         'summarize([7, 9, 4, 9, 6]) should be {"mean": 7.0, "median": 7, "mode": 9}')

    def test_mean_is_rounded(self):
        got = summarize([88, 92, 79])
        self.assertIsNotNone(got, "summarize([88, 92, 79]) returned None: return the dictionary")
        self.assertEqual(got.get("mean"), 86.3, "the mean of 88, 92 and 79 is 86.333..., which rounds to 86.3")
        self.assertEqual(got.get("median"), 88, "the median of 88, 92 and 79 is 88, the middle one once sorted")

    def test_even_number_of_scores(self):
        got = summarize([1, 2, 3, 4])
        self.assertIsNotNone(got, "summarize([1, 2, 3, 4]) returned None: return the dictionary")
        self.assertEqual(got.get("median"), 2.5, "with 4 scores the median is the mean of the middle two: (2 + 3) / 2 = 2.5")
        self.assertEqual(got.get("mode"), 1, "when every score ties, the mode is the one that comes first: 1")

    def test_empty_list(self):
        self.assertIsNone(summarize([]), "summarize([]) should return None: an empty test has no summary")
