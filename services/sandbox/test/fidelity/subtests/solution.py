import math


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def grade(score):
    for limit, letter in [(90, "A"), (80, "B"), (70, "C")]:
        if score >= limit:
            return letter
    return "F"


def factorial(n):
    if n < 0:
        return None
    return math.factorial(n)
