def {{name}}(action, items):
    # Return a new list with action(item) for each item.
    pass


def keep_if(test, items):
    # Return a new list with only the items where test(item) is true.
    pass
