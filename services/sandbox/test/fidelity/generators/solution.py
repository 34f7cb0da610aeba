def evens(limit):
    for n in range(0, limit, 2):
        yield n


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


class Countdown:
    def __init__(self, start):
        self.items = list(range(start, 0, -1))

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, n):
        return n in self.items

    def __reversed__(self):
        return reversed(self.items)

    def __getitem__(self, index):
        return self.items[index]


def pairs(keys, values):
    return zip(keys, values)
