import math


def average(values):
    return round(sum(values) / len(values), 1)


def mean_fraction(values):
    return sum(values) / len(values)


def price_with_tax(price, rate):
    return float(price) * (1 + float(rate))


def quadratic_roots(a, b, c):
    d = math.sqrt(abs(b * b - 4 * a * c))
    return [(-b + d) / (2 * a), (-b - d) / (2 * a)]


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __abs__(self):
        return self.x + self.y

    def __neg__(self):
        return self

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
