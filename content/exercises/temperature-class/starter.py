class Temperature:
    def __init__(self, celsius):
        pass

    def to_fahrenheit(self):
        pass

    def feels(self):
        pass
