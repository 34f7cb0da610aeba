import unittest
from student import {{func}}


class TestFunc(unittest.TestCase):
    def test_1(self):
        self.assertEqual({{func}}([4, 2, -1, -5]), 2, "{{func}}([4, 2, -1, -5]) should be 2")

    def test_2(self):
        self.assertEqual({{func}}([1, 2, 3]), -1, "no negative number gives -1")

    def test_3(self):
        self.assertEqual({{func}}([]), -1, "{{func}}([]) should be -1")

    def test_4(self):
        self.assertEqual({{func}}([-3]), 0, "{{func}}([-3]) should be 0")
