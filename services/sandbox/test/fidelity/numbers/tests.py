import decimal
import fractions
import math
import unittest

from student import Vector, average, mean_fraction, price_with_tax, quadratic_roots


class NumbersTest(unittest.TestCase):
    def test_average_is_close(self):
        self.assertAlmostEqual(average([0.1, 0.2, 0.3]), 0.2)

    def test_average_places(self):
        self.assertAlmostEqual(average([1, 2]), 1.5, places=3)

    def test_exact_fractions(self):
        self.assertEqual(mean_fraction([fractions.Fraction(1, 3), fractions.Fraction(1, 6)]), fractions.Fraction(1, 4))

    def test_decimal_money(self):
        self.assertEqual(price_with_tax(decimal.Decimal("19.99"), decimal.Decimal("0.2")), decimal.Decimal("23.99"))

    def test_complex_roots(self):
        roots = quadratic_roots(1, 0, 1)
        self.assertEqual(sorted(roots, key=lambda z: z.imag), [-1j, 1j])

    def test_vector_arithmetic(self):
        v = Vector(3, 4)
        self.assertEqual(abs(v), 5.0)
        self.assertEqual(-v, Vector(-3, -4))
        self.assertEqual(v * 2, Vector(6, 8))
        self.assertEqual(2 * v, Vector(6, 8))
        self.assertEqual(v + Vector(1, 1), Vector(4, 5))

    def test_vector_powers_and_division(self):
        v = Vector(2, 0)
        self.assertEqual(v ** 3, Vector(8, 0))
        self.assertEqual(1 / Vector(2, 4), Vector(0.5, 0.25))

    def test_vector_truthiness(self):
        self.assertFalse(Vector(0, 0))
        if Vector(1, 0):
            reached = True
        self.assertTrue(reached)

    def test_nan_and_infinity(self):
        self.assertTrue(math.isnan(average([float("nan")])))
        self.assertEqual(average([float("inf"), 1]), float("inf"))
