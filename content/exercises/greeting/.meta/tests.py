import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_1(self):
        self.assertEqual({{func}}("Ada"), "Hello, Ada!", "{{func}}('Ada') should be 'Hello, Ada!'")

    def test_2(self):
        self.assertEqual({{func}}("Grace"), "Hello, Grace!", "{{func}}('Grace') should be 'Hello, Grace!'")

    def test_3(self):
        self.assertEqual({{func}}(""), "Hello, !", "an empty name still gets the greeting")
