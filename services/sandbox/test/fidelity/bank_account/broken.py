class AccountError(Exception):
    pass


class InsufficientFunds(Exception):
    pass


class BankAccount:
    def __init__(self):
        self.balance = 0

    def open(self):
        self.balance = 0

    def close(self):
        pass

    def get_balance(self):
        return self.balance

    def deposit(self, amount):
        if amount < 0:
            raise ValueError("amount must be positive")
        self.balance += amount

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds("amount must be less than balance")
        self.balance -= amount

    def history(self):
        return []
