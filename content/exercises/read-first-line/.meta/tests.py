import os
import tempfile
import unittest
from student import {{func}}


class TestFirstLine(unittest.TestCase):
    def setUp(self):
        # each test gets its own folder, removed afterwards
        folder = tempfile.TemporaryDirectory(dir=os.getcwd())
        self.addCleanup(folder.cleanup)
        self.dir = folder.name

    def make(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def test_first_line_of_a_story(self):
        path = self.make("story.txt", "The Lost Key\nIt was a cold morning.\nNobody saw the key fall.\n")
        self.assertEqual({{func}}(path), "The Lost Key", 'the first line of story.txt is "The Lost Key" (without the line break)')

    def test_one_line_without_line_break(self):
        path = self.make("one.txt", "Only line")
        self.assertEqual({{func}}(path), "Only line", 'a file containing just "Only line" should give "Only line"')

    def test_spaces_removed(self):
        path = self.make("spaces.txt", "   Menu   \nSoup\n")
        self.assertEqual({{func}}(path), "Menu", "spaces at the start and end of the first line should be removed")

    def test_empty_file(self):
        path = self.make("empty.txt", "")
        self.assertEqual({{func}}(path), "", 'an empty file should give an empty string ""')
