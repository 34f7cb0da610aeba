def min_max(numbers):
    pass
