def positive_squares(numbers):
    return [n * n for n in numbers if n > 0]
