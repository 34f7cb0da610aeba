import unittest
from student import initials


class TestInitials(unittest.TestCase):
    def test_1(self):
        self.assertEqual(initials("ada lovelace"), "A.L.", "initials('ada lovelace') should be 'A.L.'")

    def test_2(self):
        self.assertEqual(initials("Grace Brewster Hopper"), "G.B.H.", "initials('Grace Brewster Hopper') should be 'G.B.H.'")

    def test_3(self):
        self.assertEqual(initials("alan"), "A.", "initials('alan') should be 'A.'")
