import unittest
from student import count_vowels


class TestCountVowels(unittest.TestCase):
    def test_1(self):
        self.assertEqual(count_vowels("Python"), 1, "count_vowels('Python') should be 1")

    def test_2(self):
        self.assertEqual(count_vowels("AEIOU aeiou"), 10, "count_vowels('AEIOU aeiou') should be 10")

    def test_3(self):
        self.assertEqual(count_vowels("rhythm"), 0, "count_vowels('rhythm') should be 0")
