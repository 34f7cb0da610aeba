import unittest
from collections import Counter

from word_count import count_words


class WordCountTest(unittest.TestCase):
    def test_one_word(self):
        self.assertEqual(count_words("word"), {"word": 1})

    def test_punctuation_and_case(self):
        self.assertEqual(count_words("Joe can't tell between 'large' and large."),
                         {"joe": 1, "can't": 1, "tell": 1, "between": 1, "large": 2, "and": 1})

    def test_many_inputs(self):
        cases = [("a a b", {"a": 2, "b": 1}), ("", {}), ("One,two,one", {"one": 2, "two": 1})]
        for text, expected in cases:
            with self.subTest(text=text):
                self.assertEqual(count_words(text), expected)

    def test_result_is_a_mapping(self):
        result = count_words("go go")
        self.assertIsInstance(result, dict)
        self.assertEqual(Counter(result), Counter({"go": 2}))

    def test_totals(self):
        """The counts add up to the number of words"""
        self.assertEqual(sum(count_words("x y z x").values()), 4)
