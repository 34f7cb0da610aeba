def is_leap(year):
    return year % 4 == 0


def grade(score):
    if score > 90:
        return "A"
    return "B"


def factorial(n):
    if n == 0:
        return 1
    return n * factorial(n - 1)
