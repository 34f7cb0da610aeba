import os
import tempfile
import unittest

from hiking_log import hikes_per_trail, longest_hike, total_distance


class HikingLogTest(unittest.TestCase):
    def setUp(self):
        folder = tempfile.TemporaryDirectory(dir=os.getcwd())
        self.addCleanup(folder.cleanup)
        self.folder = folder.name

    def log(self, text):
        path = os.path.join(self.folder, "log.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        return path

    def test_total_of_the_sample_log(self):
        """total_distance("hikes.txt") adds the four hikes of the sample log"""
        self.assertEqual(total_distance("hikes.txt"), 26.9)

    def test_longest_hike_of_the_sample_log(self):
        """longest_hike("hikes.txt") names the Summit Trail"""
        self.assertEqual(longest_hike("hikes.txt"), "Summit Trail")

    def test_hikes_per_trail_of_the_sample_log(self):
        """hikes_per_trail("hikes.txt") counts the Lake Path twice"""
        self.assertEqual(hikes_per_trail("hikes.txt"), {"Ridge Loop": 1, "Lake Path": 2, "Summit Trail": 1})

    def test_notes_and_empty_lines_are_skipped(self):
        path = self.log("# only notes\n\n   \n# and more notes\n")
        self.assertEqual(total_distance(path), 0)
        self.assertIsNone(longest_hike(path))
        self.assertEqual(hikes_per_trail(path), {})

    def test_total_is_rounded_to_one_decimal(self):
        path = self.log("2024-06-01,A,0.1\n2024-06-02,B,0.2\n")
        self.assertEqual(total_distance(path), 0.3)

    def test_spaces_around_parts_do_not_matter(self):
        path = self.log("  2024-06-01 ,  Old Mill  ,  4.0  \n")
        self.assertEqual(hikes_per_trail(path), {"Old Mill": 1})
        self.assertEqual(longest_hike(path), "Old Mill")

    def test_first_of_two_equally_long_hikes_wins(self):
        path = self.log("2024-06-01,Fern Gully,5\n2024-06-02,Bay View,5\n")
        self.assertEqual(longest_hike(path), "Fern Gully")
