import unittest
from student import parse_settings

GAME = "# my game settings\nname = Space Race\nvolume = 7\n\npassword = a=b=c\n"


class TestParseSettings(unittest.TestCase):
    def test_simple_settings(self):
        self.assertEqual(parse_settings("name = Space Race\nvolume = 7"), {"name": "Space Race", "volume": "7"},
                         'should give {"name": "Space Race", "volume": "7"}, with the spaces around keys and values removed')

    def test_skips_comments_and_blank_lines(self):
        got = parse_settings(GAME)
        self.assertIsNotNone(got, "parse_settings returned None: return the dictionary")
        self.assertEqual(sorted(got), ["name", "password", "volume"], "comment lines (starting with #) and empty lines should be skipped")

    def test_splits_at_first_equals_only(self):
        self.assertEqual(parse_settings(GAME).get("password"), "a=b=c", 'the line "password = a=b=c" should give the value "a=b=c": split at the first = only')

    def test_line_without_equals(self):
        with self.assertRaises(ValueError, msg='the line "volume 7" has no =, so it should raise ValueError') as caught:
            parse_settings("a = 1\n# note\nvolume 7")
        self.assertEqual(str(caught.exception), "line 3: expected key = value", 'the message should be "line 3: expected key = value" (comments count as lines too)')

    def test_missing_key(self):
        with self.assertRaises(ValueError, msg='the line " = 5" has no key, so it should raise ValueError') as caught:
            parse_settings("\nsize = 2\n = 5")
        self.assertEqual(str(caught.exception), "line 3: missing key", 'the message should be "line 3: missing key" (blank lines count too)')
