class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def to_fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    def feels(self):
        if self.celsius < 10:
            return "cold"
        if self.celsius < 25:
            return "mild"
        return "hot"
