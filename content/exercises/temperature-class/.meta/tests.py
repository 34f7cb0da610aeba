import unittest
from student import Temperature


class TestTemperature(unittest.TestCase):
    def test_stores_celsius(self):
        self.assertEqual(Temperature(20).celsius, 20, "Temperature(20).celsius should be 20")

    def test_to_fahrenheit(self):
        self.assertEqual(Temperature(100).to_fahrenheit(), 212, "100 degrees Celsius is 212 Fahrenheit")
        self.assertEqual(Temperature(0).to_fahrenheit(), 32, "0 degrees Celsius is 32 Fahrenheit")
        self.assertEqual(Temperature(-40).to_fahrenheit(), -40, "-40 degrees Celsius is also -40 Fahrenheit")

    def test_feels_cold_and_hot(self):
        self.assertEqual(Temperature(-5).feels(), "cold", 'Temperature(-5).feels() should be "cold"')
        self.assertEqual(Temperature(31).feels(), "hot", 'Temperature(31).feels() should be "hot"')

    def test_feels_mild(self):
        self.assertEqual(Temperature(20).feels(), "mild", 'Temperature(20).feels() should be "mild"')

    def test_feels_at_the_edges(self):
        self.assertEqual(Temperature(10).feels(), "mild", 'exactly 10 degrees is "mild"')
        self.assertEqual(Temperature(25).feels(), "hot", 'exactly 25 degrees is "hot"')
        self.assertEqual(Temperature(9.5).feels(), "cold", '9.5 degrees is still "cold"')
