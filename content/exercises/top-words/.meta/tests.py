import unittest
from student import top_words


class TestTopWords(unittest.TestCase):
    def test_1(self):
        self.assertEqual(top_words("a b a c b a", 2), [("a", 3), ("b", 2)], "top_words('a b a c b a', 2) should be [('a', 3), ('b', 2)]")

    def test_2(self):
        self.assertEqual(top_words("", 3), [], "top_words('', 3) should be []")

    def test_3(self):
        self.assertEqual(top_words("Go go stop", 1), [("go", 2)], "top_words('Go go stop', 1) should be [('go', 2)]")
