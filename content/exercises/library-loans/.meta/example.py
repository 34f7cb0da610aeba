class LoanError(Exception):
    """Raised when a book cannot be added, lent or given back."""


class Library:
    def __init__(self):
        self.shelf = set()
        self.loans = {}

    def add_book(self, title):
        if title in self.shelf or title in self.loans:
            raise LoanError(f"The library already has {title}")
        self.shelf.add(title)

    def lend(self, title, member):
        if title in self.loans:
            raise LoanError(f"{title} is already on loan")
        if title not in self.shelf:
            raise LoanError(f"The library does not have {title}")
        self.shelf.remove(title)
        self.loans[title] = member

    def give_back(self, title):
        if title not in self.loans:
            raise LoanError(f"{title} is not on loan")
        del self.loans[title]
        self.shelf.add(title)

    def available(self):
        return sorted(self.shelf)

    def loans_of(self, member):
        return sorted(title for title, who in self.loans.items() if who == member)
