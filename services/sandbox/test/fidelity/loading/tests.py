import unittest

from student import double, triple


class LoadingTest(unittest.TestCase):
    def test_double(self):
        self.assertEqual(double(2), 4)

    def test_triple(self):
        self.assertEqual(triple(2), 6)
