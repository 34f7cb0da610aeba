def apply_twice(func, value):
    pass
