class AccountError(Exception):
    pass


class InsufficientFunds(AccountError, ValueError):
    def __init__(self, message, shortfall):
        super().__init__(message)
        self.shortfall = shortfall


class BankAccount:
    def __init__(self):
        self.balance = None

    def open(self):
        self.balance = 0

    def close(self):
        self.balance = None

    def _check_open(self):
        if self.balance is None:
            raise AccountError("account not open")

    def get_balance(self):
        self._check_open()
        return self.balance

    def deposit(self, amount):
        self._check_open()
        if amount <= 0:
            raise ValueError("amount must be greater than 0")
        self.balance += amount

    def withdraw(self, amount):
        self._check_open()
        if amount > self.balance:
            raise InsufficientFunds("amount must be less than balance", amount - self.balance)
        self.balance -= amount

    def history(self):
        return {}
