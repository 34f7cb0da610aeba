class Fraction:
    def __init__(self, top, bottom):
        self.top = top
        self.bottom = bottom

    def value(self):
        return self.top / self.bottom

    def __eq__(self, other):
        return self.top * other.bottom == other.top * self.bottom

    def __str__(self):
        return f"{self.top}/{self.bottom}"
