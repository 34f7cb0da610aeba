def to_int(text, default):
    # Return text as an int, or default if it is not a whole number.
    pass
