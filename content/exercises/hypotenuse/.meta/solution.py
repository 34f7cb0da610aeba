import math


def hypotenuse(a, b):
    return round(math.sqrt(a * a + b * b), 2)
