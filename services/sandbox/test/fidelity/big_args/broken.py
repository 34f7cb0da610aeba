def total(numbers):
    return sum(numbers[:-1])


def biggest(numbers):
    return numbers[0] - 1


def running_total(numbers):
    return numbers


def digits_of(n):
    return 0
