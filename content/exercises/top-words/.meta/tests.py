import unittest
from student import {{func}}


class TestTopWords(unittest.TestCase):
    def test_simple_text(self):
        self.assertEqual({{func}}("the cat and the hat and the bat", 2), [("the", 3), ("and", 2)],
                         '{{func}}("the cat and the hat and the bat", 2) should be [("the", 3), ("and", 2)]')

    def test_ignores_case_and_punctuation(self):
        self.assertEqual({{func}}("Go, go GO! Stop.", 1), [("go", 3)],
                         '{{func}}("Go, go GO! Stop.", 1) should be [("go", 3)]: count in lowercase and leave out the punctuation')

    def test_ties_keep_first_seen_order(self):
        self.assertEqual({{func}}("b a b a c", 2), [("b", 2), ("a", 2)],
                         '{{func}}("b a b a c", 2) should be [("b", 2), ("a", 2)]: "b" and "a" tie, and "b" comes first in the text')

    def test_apostrophes_and_digits(self):
        self.assertEqual({{func}}("It's 5 o'clock, it's 6: don't stop", 2), [("it's", 2), ("o'clock", 1)],
                         "{{func}}(\"It's 5 o'clock, it's 6: don't stop\", 2) should be [(\"it's\", 2), (\"o'clock\", 1)]: digits are not words, apostrophes stay inside words")

    def test_fewer_words_than_n(self):
        self.assertEqual({{func}}("hello world", 5), [("hello", 1), ("world", 1)], '{{func}}("hello world", 5) should return both words')
        self.assertEqual({{func}}("", 3), [], '{{func}}("", 3) should return an empty list')
