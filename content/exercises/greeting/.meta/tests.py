import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_greets_ada(self):
        self.assertEqual({{func}}("Ada"), "Hello, Ada!", "{{func}}('Ada') should be 'Hello, Ada!'")

    def test_greets_grace(self):
        self.assertEqual({{func}}("Grace"), "Hello, Grace!", "{{func}}('Grace') should be 'Hello, Grace!'")

    def test_empty_name_still_gets_a_greeting(self):
        self.assertEqual({{func}}(""), "Hello, !", "an empty name still gets the greeting")
