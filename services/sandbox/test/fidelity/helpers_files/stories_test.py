import os
import tempfile
import unittest

from story_helpers import Recorder, expected_lines
from stories import average_score, copy_upper, count_lines, write_lines


class StoriesTest(unittest.TestCase):
    def test_counts_the_lines_of_the_file(self):
        self.assertEqual(count_lines("story.txt"), expected_lines())

    def test_reads_a_csv(self):
        self.assertEqual(average_score(os.path.join("data", "scores.csv")), 8.0)

    def test_writes_to_a_helper_object(self):
        recorder = Recorder()
        write_lines(recorder, ["a", "b"])
        self.assertEqual(recorder.lines, ["a", "b"])

    def test_files_the_test_creates(self):
        with tempfile.TemporaryDirectory() as folder:
            source = os.path.join(folder, "in.txt")
            target = os.path.join(folder, "out.txt")
            with open(source, "w") as handle:
                handle.write("shout\n")
            copy_upper(source, target)
            with open(target) as handle:
                self.assertEqual(handle.read(), "SHOUT\n")
