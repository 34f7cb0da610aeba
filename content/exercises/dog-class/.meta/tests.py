import unittest
from student import Dog


class TestDog(unittest.TestCase):
    def test_name(self):
        self.assertEqual(Dog("Rex").name, "Rex", "Dog('Rex').name should be 'Rex'")

    def test_bark(self):
        self.assertEqual(Dog("Rex").bark(), "Rex says {{sound}}!", "Dog('Rex').bark() should be 'Rex says {{sound}}!'")

    def test_two_dogs(self):
        self.assertEqual(Dog("Fido").bark(), "Fido says {{sound}}!", "each dog keeps its own name")
