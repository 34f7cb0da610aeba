class Item:
    def __init__(self, title):
        self.title = title
        self.checked_out = False

    def check_out(self):
        if self.checked_out:
            return False
        self.checked_out = True
        return True

    def loan_days(self):
        return 21


class Dvd(Item):
    def __init__(self, title, minutes):
        super().__init__(title)
        self.minutes = minutes

    def loan_days(self):
        return 7
