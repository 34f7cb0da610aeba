def {{func}}(a, b, c):
    # Work out the average of a, b and c, then return it.
    pass
