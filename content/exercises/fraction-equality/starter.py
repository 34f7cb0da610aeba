class Fraction:
    def __init__(self, top, bottom):
        self.top = top
        self.bottom = bottom
