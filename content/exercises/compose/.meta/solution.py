def apply_twice(func, value):
    return func(func(value))
