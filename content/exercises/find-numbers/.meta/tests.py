import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_1(self):
        self.assertEqual({{func}}("room 12, floor 3"), [12, 3], "{{func}}('room 12, floor 3') should be [12, 3]")

    def test_2(self):
        self.assertEqual({{func}}("no digits"), [], "{{func}}('no digits') should be []")

    def test_3(self):
        self.assertEqual({{func}}("2026-11-24"), [2026, 11, 24], "{{func}}('2026-11-24') should be [2026, 11, 24]")
