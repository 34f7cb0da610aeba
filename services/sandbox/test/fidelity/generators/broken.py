def evens(limit):
    return [n for n in range(0, limit + 1, 2)]


def fibonacci():
    a, b = 1, 1
    while True:
        yield a
        a, b = b, a + b


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


def pairs(keys, values):
    return list(zip(keys, values))[:1]
