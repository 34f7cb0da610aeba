import collections
import dataclasses
import enum

Point = collections.namedtuple("Point", "x y")


def point(x, y):
    return Point(x, y)


class Light(enum.Enum):
    RED = "red"
    AMBER = "amber"
    GREEN = "green"


def traffic(word):
    return {"stop": Light.RED, "go": Light.GREEN}[word]


@dataclasses.dataclass(order=True)
class Student:
    name: str
    age: int


def letters(text):
    return collections.Counter(text)


def by_length(words):
    groups = collections.defaultdict(list)
    for w in words:
        groups[len(w)].append(w)
    return groups
