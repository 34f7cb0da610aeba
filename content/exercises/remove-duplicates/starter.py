def unique_in_order(items):
    pass
