SPECIES = ("cat", "dog")


class Animal:
    def __init__(self, name, age=0):
        self.name = name
        self.age = age

    @staticmethod
    def is_name(text):
        return text.istitle()

    def speak(self):
        return f"{self.name} makes a sound"


class Dog(Animal):
    legs = 4

    @classmethod
    def from_string(cls, text):
        name, age = text.split(",")
        return cls(name, int(age))

    def speak(self):
        return f"{self.name} says woof"


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


class Shelter:
    def __init__(self):
        self.animals = []

    def admit(self, animal):
        self.animals.append(animal)

    def __len__(self):
        return len(self.animals)

    def __iter__(self):
        return iter(self.animals)

    def __str__(self):
        return f"Shelter with {len(self)} animals"
