import unittest
from student import load_settings, save_settings


class TestSettings(unittest.TestCase):
    def test_round_trip(self):
        save_settings("s.json", {"theme": "dark", "size": 14})
        self.assertEqual(load_settings("s.json"), {"theme": "dark", "size": 14}, "what you save comes back")

    def test_missing(self):
        self.assertEqual(load_settings("missing.json"), {}, "a missing file gives {}")

    def test_is_json(self):
        save_settings("t.json", {"on": True})
        with open("t.json", encoding="utf-8") as f:
            self.assertEqual(f.read().replace(" ", ""), '{"on":true}', "the file holds JSON text")
