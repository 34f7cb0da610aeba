def positive_squares(numbers):
    pass
