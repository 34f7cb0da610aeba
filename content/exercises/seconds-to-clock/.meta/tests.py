import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_1(self):
        self.assertEqual({{func}}(75), "1:15", "{{func}}(75) should be '1:15'")

    def test_2(self):
        self.assertEqual({{func}}(600), "10:00", "{{func}}(600) should be '10:00'")

    def test_3(self):
        self.assertEqual({{func}}(9), "0:09", "9 seconds should show as 0:09")
