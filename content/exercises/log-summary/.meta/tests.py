import unittest
from student import summarize_log

LOG = [
    "2024-03-01 09:15:02 INFO Server started",
    "2024-03-01 09:15:40 WARNING Disk 91% full",
    "2024-03-01 09:20:40 ERROR Disk full",
    "garbled line ###",
    "2024-03-01 09:21:00 INFO Cleanup finished",
]


class TestSummarizeLog(unittest.TestCase):
    def summary(self, lines):
        result = summarize_log(lines)
        self.assertIsInstance(result, dict, f"summarize_log should return a dictionary, not {result!r}")
        return result

    def levels(self, summary):
        levels = summary.get("levels")
        self.assertIsNotNone(levels, 'the summary needs a "levels" key')
        return dict(levels)

    def test_counts_levels(self):
        self.assertEqual(self.levels(self.summary(LOG)), {"INFO": 2, "WARNING": 1, "ERROR": 1}, 'for the example log "levels" should be {"INFO": 2, "WARNING": 1, "ERROR": 1}')

    def test_first_and_last(self):
        summary = self.summary(LOG)
        self.assertEqual(summary.get("first"), "2024-03-01 09:15:02", '"first" should be the date and time of the first good line: "2024-03-01 09:15:02"')
        self.assertEqual(summary.get("last"), "2024-03-01 09:21:00", '"last" should be the date and time of the last good line: "2024-03-01 09:21:00"')

    def test_longest_gap_and_skipped(self):
        summary = self.summary(LOG)
        self.assertEqual(summary.get("longest_gap"), 300, '"longest_gap" should be 300: from 09:15:40 to 09:20:40 is 5 minutes')
        self.assertEqual(summary.get("skipped"), 1, '"skipped" should be 1: only "garbled line ###" is broken')

    def test_gap_across_midnight_and_broken_lines(self):
        lines = [
            "2024-12-31 23:59:30 INFO Last job of the year",
            "2024-12-31 23:59:50 info lowercase level is broken",
            "2025-01-01 00:00:45 ERROR Happy new year",
            "2025-01-01 00:00:50 DEBUG unknown level is broken",
            "2025-01-01 0:01:00 INFO short hour is broken",
        ]
        summary = self.summary(lines)
        self.assertEqual(summary.get("longest_gap"), 75, "from 23:59:30 to 00:00:45 the next day is 75 seconds: let datetime do the sums")
        self.assertEqual(summary.get("skipped"), 3, "a lowercase level, an unknown level and a one-digit hour are all broken lines")
        self.assertEqual(self.levels(summary), {"INFO": 1, "ERROR": 1}, 'only the good lines count: "levels" should be {"INFO": 1, "ERROR": 1}')

    def test_empty_log(self):
        summary = self.summary([])
        self.assertEqual(self.levels(summary), {}, 'an empty log should give "levels": {}')
        self.assertEqual({key: summary.get(key) for key in ["first", "last", "longest_gap", "skipped"]}, {"first": None, "last": None, "longest_gap": 0, "skipped": 0},
                         'an empty log should give "first": None, "last": None, "longest_gap": 0 and "skipped": 0')
