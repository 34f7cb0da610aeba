def to_int(text, default=0):
    return int(text)
