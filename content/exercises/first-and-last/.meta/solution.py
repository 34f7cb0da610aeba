def first_and_last(items):
    if not items:
        return None, None
    return items[0], items[-1]
