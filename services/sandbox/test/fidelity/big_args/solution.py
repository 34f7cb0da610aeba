import itertools


def total(numbers):
    return sum(numbers)


def biggest(numbers):
    return max(numbers)


def running_total(numbers):
    return list(itertools.accumulate(numbers))


def digits_of(n):
    import sys

    sys.set_int_max_str_digits(0)
    return len(str(n))
