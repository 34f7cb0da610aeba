def invert(mapping):
    pass
