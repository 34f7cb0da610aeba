import enum


def point(x, y):
    return [x, y]


class Light(enum.Enum):
    RED = 1
    AMBER = 2
    GREEN = 3


def traffic(word):
    return Light.GREEN


class Student:
    def __init__(self, name, age):
        self.name, self.age = name, age


def letters(text):
    return {c: text.count(c) for c in text}


def by_length(words):
    groups = {}
    for w in words:
        groups.setdefault(len(w), []).append(w)
    return groups
