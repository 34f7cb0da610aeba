import unittest
from student import total_valid


class TestTotalValid(unittest.TestCase):
    def run_it(self, values):
        result = total_valid(values)
        self.assertIsInstance(result, tuple, f"total_valid({values!r}) should return a tuple (total, problems), not {result!r}")
        self.assertEqual(len(result), 2, "the tuple should have two parts: (total, problems)")
        return result

    def test_mixed_list(self):
        total, problems = self.run_it(["3", "4.5", "ten", "", "-1"])
        self.assertAlmostEqual(total, 6.5, 7, '3 + 4.5 + -1 is 6.5: the total should be 6.5')
        self.assertEqual(problems, ["ten", ""], 'the bad texts are "ten" and "" (empty), in that order')

    def test_all_good(self):
        total, problems = self.run_it(["2", "2", "0.25"])
        self.assertAlmostEqual(total, 4.25, 7, 'the total of "2", "2" and "0.25" should be 4.25')
        self.assertEqual(problems, [], "with only good numbers the problems list should be empty")

    def test_all_bad(self):
        total, problems = self.run_it(["oops", "1,5", "two"])
        self.assertEqual(total, 0, "with no good numbers the total should be 0")
        self.assertEqual(problems, ["oops", "1,5", "two"], 'every text is bad here ("1,5" has a comma, not a dot)')

    def test_empty_list(self):
        self.assertEqual(self.run_it([]), (0, []), "total_valid([]) should return (0, [])")

    def test_keeps_going_after_a_bad_one(self):
        total, problems = self.run_it(["x", "10", "y", "5"])
        self.assertAlmostEqual(total, 15, 7, "after a bad text the loop should carry on: 10 + 5 is 15")
        self.assertEqual(problems, ["x", "y"], 'the bad texts are "x" and "y"')
