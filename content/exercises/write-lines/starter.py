def save_lines(path, lines):
    pass
