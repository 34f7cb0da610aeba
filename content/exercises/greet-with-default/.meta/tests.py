import unittest
from student import greet


class TestGreet(unittest.TestCase):
    def test_1(self):
        self.assertEqual(greet("Ada"), "Hello, Ada!", "greet('Ada') should be 'Hello, Ada!'")

    def test_2(self):
        self.assertEqual(greet("Ada", "Hi"), "Hi, Ada!", "greet('Ada', 'Hi') should be 'Hi, Ada!'")

    def test_3(self):
        self.assertEqual(greet("Alan", greeting="Hey"), "Hey, Alan!", "greet('Alan', greeting='Hey') should be 'Hey, Alan!'")
