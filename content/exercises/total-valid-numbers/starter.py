def sum_valid(items):
    pass
