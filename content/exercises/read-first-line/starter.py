def {{func}}(path):
    # Open the file at path and return its first line, without the line break.
    pass
