def flatten(items):
    pass
