import unittest

import student
from student import BankAccount


class BankAccountTest(unittest.TestCase):
    def setUp(self):
        self.account = BankAccount()
        self.account.open()

    def test_deposit(self):
        self.account.deposit(100)
        self.assertEqual(self.account.get_balance(), 100)

    def test_withdraw_too_much(self):
        self.account.deposit(10)
        with self.assertRaises(ValueError) as err:
            self.account.withdraw(50)
        self.assertEqual(err.exception.args[0], "amount must be less than balance")

    def test_custom_exception_class(self):
        with self.assertRaises(student.InsufficientFunds) as err:
            self.account.withdraw(1)
        self.assertEqual(err.exception.shortfall, 1)
        self.assertIsInstance(err.exception, ValueError)

    def test_message_pattern(self):
        with self.assertRaisesRegex(ValueError, r"^amount must be greater than 0$"):
            self.account.deposit(-5)

    def test_closed_account(self):
        self.account.close()
        with self.assertRaises(student.AccountError):
            self.account.get_balance()

    def test_callable_form(self):
        self.assertRaises(ValueError, self.account.deposit, 0)

    def test_error_hierarchy(self):
        self.assertTrue(issubclass(student.InsufficientFunds, student.AccountError))

    def test_standard_errors(self):
        with self.assertRaises(KeyError):
            self.account.history()["missing"]
