import unittest
from unittest import mock

from student import Timer, safe_divide, use_resource


class Tracker:
    def __init__(self):
        self.events = []

    def __enter__(self):
        self.events.append("enter")
        return self

    def __exit__(self, *exc):
        self.events.append("exit")
        return False


class ContextManagerTest(unittest.TestCase):
    def test_student_context_manager(self):
        with Timer() as t:
            pass
        self.assertTrue(t.stopped)

    def test_suppresses_what_it_should(self):
        with Timer(suppress=True):
            raise ValueError("swallowed")

    def test_does_not_suppress_others(self):
        with self.assertRaises(KeyError):
            with Timer():
                raise KeyError("kept")

    def test_uses_a_test_context_manager(self):
        tracker = Tracker()
        use_resource(tracker)
        self.assertEqual(tracker.events, ["enter", "exit"])

    def test_uses_a_mock_context_manager(self):
        resource = mock.MagicMock()
        use_resource(resource)
        resource.__enter__.assert_called_once()
        resource.__exit__.assert_called_once()

    def test_finally_and_exceptions(self):
        self.assertEqual(safe_divide(1, 0), "cannot divide by zero")
        self.assertEqual(safe_divide(6, 3), 2)
