import unittest

import student
from student import Animal, Dog, Shelter, Temperature


class ClassesTest(unittest.TestCase):
    def test_inheritance(self):
        rex = Dog("Rex")
        self.assertIsInstance(rex, Animal)
        self.assertIsInstance(rex, Dog)
        self.assertTrue(issubclass(Dog, Animal))
        self.assertEqual(rex.speak(), "Rex says woof")

    def test_not_an_instance(self):
        self.assertNotIsInstance(Animal("cat"), Dog)
        self.assertNotIsInstance(5, Animal)

    def test_class_attribute_and_classmethod(self):
        self.assertEqual(Dog.legs, 4)
        self.assertEqual(Dog.from_string("Fido,3").age, 3)

    def test_static_method(self):
        self.assertTrue(Animal.is_name("Bo"))

    def test_property(self):
        t = Temperature(100)
        self.assertEqual(t.fahrenheit, 212.0)
        t.fahrenheit = 32
        self.assertEqual(t.celsius, 0)

    def test_setting_an_attribute_from_the_test(self):
        rex = Dog("Rex")
        rex.name = "Max"
        self.assertEqual(rex.speak(), "Max says woof")
        del rex.name
        with self.assertRaises(AttributeError):
            rex.speak()

    def test_container_of_objects(self):
        shelter = Shelter()
        shelter.admit(Dog("A"))
        shelter.admit(Dog("B"))
        self.assertEqual(len(shelter), 2)
        self.assertEqual([a.name for a in shelter], ["A", "B"])
        self.assertEqual(str(shelter), "Shelter with 2 animals")

    def test_module_constant(self):
        self.assertEqual(student.SPECIES, ("cat", "dog"))

    def test_missing_method(self):
        with self.assertRaises(AttributeError):
            Dog("x").fly()
