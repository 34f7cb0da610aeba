import unittest
from student import retry


class TestRetry(unittest.TestCase):
    def test_first_try(self):
        self.assertEqual(retry(int, 3, "42"), 42, "a call that works returns its result")

    def test_always_fails(self):
        with self.assertRaises(ValueError, msg="after the last try, the error is raised again"):
            retry(int, 3, "abc")

    def test_zero_attempts(self):
        with self.assertRaises(Exception, msg="with no attempts there is no result"):
            retry(int, 0, "1")
