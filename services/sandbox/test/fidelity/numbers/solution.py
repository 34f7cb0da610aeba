import cmath
import fractions
import math
from decimal import ROUND_HALF_UP, Decimal


def average(values):
    return sum(values) / len(values)


def mean_fraction(values):
    return sum(values, fractions.Fraction(0)) / len(values)


def price_with_tax(price, rate):
    return (price * (1 + rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def quadratic_roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return [(-b + d) / (2 * a), (-b - d) / (2 * a)]


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __pow__(self, n):
        return Vector(self.x**n, self.y**n)

    def __rtruediv__(self, k):
        return Vector(k / self.x, k / self.y)

    def __bool__(self):
        return bool(self.x or self.y)
