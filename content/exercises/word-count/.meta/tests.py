import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_counts_repeated_words(self):
        self.assertEqual({{func}}("the cat and the hat"), {"the": 2, "cat": 1, "and": 1, "hat": 1}, "{{func}}('the cat and the hat') should be {'the': 2, 'cat': 1, 'and': 1, 'hat': 1}")

    def test_empty_text_has_no_words(self):
        self.assertEqual({{func}}(""), {}, "{{func}}('') should be {}")

    def test_case_does_not_matter(self):
        self.assertEqual({{func}}("Go go GO"), {"go": 3}, "case does not matter")
