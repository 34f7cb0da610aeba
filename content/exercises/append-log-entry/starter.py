def add_entry(path, message):
    # Add "- " + message and a line break to the end of the file.
    pass
