def min_max(numbers):
    return min(numbers), max(numbers)
