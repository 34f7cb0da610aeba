def make_multiplier(factor):
    # Build a function that multiplies its argument by factor, and return it.
    pass
