import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_1(self):
        """{{func}}('Ada') should be 'Hello, Ada!'"""
        self.assertEqual({{func}}("Ada"), "Hello, Ada!", "{{func}}('Ada') should be 'Hello, Ada!'")

    def test_2(self):
        """{{func}}('Grace') should be 'Hello, Grace!'"""
        self.assertEqual({{func}}("Grace"), "Hello, Grace!", "{{func}}('Grace') should be 'Hello, Grace!'")

    def test_3(self):
        """an empty name still gets the greeting"""
        self.assertEqual({{func}}(""), "Hello, !", "an empty name still gets the greeting")
