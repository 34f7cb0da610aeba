import sys


def countdown(n):
    for i in range(n, 0, -1):
        print(i)
    print("Liftoff!")


def banner(text):
    print("*" * len(text))
    print(text)
    print("*" * len(text))


def report(values):
    if not values:
        print("nothing to report", file=sys.stderr)
        return 0
    print("total:", sum(values))
    return sum(values)
