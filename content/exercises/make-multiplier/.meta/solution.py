def make_multiplier(factor):
    def multiply(number):
        return number * factor
    return multiply
