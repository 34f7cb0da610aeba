def first_and_last(items):
    # Return the first and the last item (or None, None for an empty list).
    pass
