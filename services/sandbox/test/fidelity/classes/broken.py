SPECIES = ["cat", "dog"]


class Animal:
    def __init__(self, name, age=0):
        self.name = name

    def is_name(text):
        return True

    def speak(self):
        return "..."


class Dog:
    legs = "four"

    def __init__(self, name, age=0):
        self.name = name

    def from_string(text):
        return Dog(text)

    def speak(self):
        return "woof"


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
        self.fahrenheit = celsius * 2 + 30


class Shelter:
    def __init__(self):
        self.animals = []

    def admit(self, animal):
        self.animals = [animal]

    def __len__(self):
        return 0
