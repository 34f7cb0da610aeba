class LoanError(Exception):
    """Raised when a book cannot be added, lent or given back."""


class Library:
    def __init__(self):
        pass

    def add_book(self, title):
        pass

    def lend(self, title, member):
        pass

    def give_back(self, title):
        pass

    def available(self):
        pass

    def loans_of(self, member):
        pass
