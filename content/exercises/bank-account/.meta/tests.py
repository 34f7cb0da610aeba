import unittest
from student import BankAccount


class TestBankaccount(unittest.TestCase):
    def test_deposit(self):
        a = BankAccount("Ada")
        a.deposit(50)
        self.assertEqual(a.balance, 50, "after depositing 50 the balance is 50")

    def test_withdraw_ok(self):
        a = BankAccount("Ada")
        a.deposit(50)
        self.assertEqual(a.withdraw(20), True, "withdrawing 20 from 50 works")
        self.assertEqual(a.balance, 30, "the balance is then 30")

    def test_withdraw_too_much(self):
        a = BankAccount("Ada")
        a.deposit(10)
        self.assertEqual(a.withdraw(20), False, "you cannot take out more than you have")
        self.assertEqual(a.balance, 10, "a refused withdrawal changes nothing")

    def test_negative_deposit(self):
        a = BankAccount("Ada")
        a.deposit(-5)
        self.assertEqual(a.balance, 0, "a negative deposit is ignored")
