import unittest
from student import TransactionError, apply_all, apply_one

DAY = ["deposit 50", "withdraw 500", "withdraw 30", "refund 5", "deposit ten"]


class TestTransactions(unittest.TestCase):
    def require_error_class(self):
        # a friendlier message than assertRaises gives for a class that is not an exception yet
        self.assertTrue(issubclass(TransactionError, Exception), "first make TransactionError an exception class: it must inherit from Exception")

    def test_is_an_exception_class(self):
        self.assertTrue(issubclass(TransactionError, Exception), "TransactionError should inherit from Exception: class TransactionError(Exception)")

    def test_apply_one_good_lines(self):
        self.assertEqual(apply_one(100, "deposit 50"), 150, 'apply_one(100, "deposit 50") should return 150')
        self.assertEqual(apply_one(100, "withdraw 30"), 70, 'apply_one(100, "withdraw 30") should return 70')
        self.assertEqual(apply_one(100, "withdraw 100"), 0, 'apply_one(100, "withdraw 100") should return 0: taking everything is allowed')

    def test_apply_one_errors(self):
        cases = [
            ("deposit", "expected: action amount"),
            ("deposit 5 now", "expected: action amount"),
            ("refund 5", "unknown action: refund"),
            ("deposit ten", "bad amount: ten"),
            ("withdraw 2.5", "bad amount: 2.5"),
            ("deposit -5", "amount must be positive"),
            ("withdraw 0", "amount must be positive"),
            ("withdraw 500", "insufficient funds"),
        ]
        for line, message in cases:
            self.require_error_class()
            with self.assertRaises(TransactionError, msg=f"apply_one(100, {line!r}) should raise TransactionError") as caught:
                apply_one(100, line)
            self.assertEqual(str(caught.exception), message, f"apply_one(100, {line!r}) should raise TransactionError with the message {message!r}")

    def test_apply_all_reports_each_bad_line(self):
        self.assertEqual(apply_all(100, DAY), (120, ["line 2: insufficient funds", "line 4: unknown action: refund", "line 5: bad amount: ten"]),
                         "100 + 50 - 30 is 120, and lines 2, 4 and 5 should each be reported as \"line N: message\"")

    def test_apply_all_good_day(self):
        self.assertEqual(apply_all(0, ["deposit 20", "withdraw 5", "deposit 1"]), (16, []), "a day with no bad lines should return (16, [])")

    def test_failed_line_changes_nothing(self):
        self.assertEqual(apply_all(10, ["withdraw 50", "withdraw 10"]), (0, ["line 1: insufficient funds"]),
                         "the failed withdrawal of 50 must not change the balance, so the next withdrawal of 10 still works")
