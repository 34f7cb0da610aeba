import unittest
from student import parse_records


class TestParseRecords(unittest.TestCase):
    def test_1(self):
        self.assertEqual(parse_records(["ada:36", "bob", "cy:x", "di:9"]), ({"ada": 36, "di": 9}, [2, 3]), "parse_records(['ada:36', 'bob', 'cy:x', 'di:9']) should be ({'ada': 36, 'di': 9}, [2, 3])")

    def test_2(self):
        self.assertEqual(parse_records([]), ({}, []), "parse_records([]) should be ({}, [])")

    def test_3(self):
        self.assertEqual(parse_records(["a:1:2"]), ({}, [1]), "too many colons is broken too")
