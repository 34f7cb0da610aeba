class BankAccount:
    def open(self):
        pass
