import unittest
from student import check_age


class TestCheckAge(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(check_age(12), 12, "12 is a valid age")
        self.assertEqual(check_age(0), 0, "0 is a valid age")

    def test_negative(self):
        with self.assertRaises(ValueError, msg="a negative age should raise ValueError"):
            check_age(-1)

    def test_too_old(self):
        with self.assertRaises(ValueError, msg="131 should raise ValueError"):
            check_age(131)
