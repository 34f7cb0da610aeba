def longest_line(path):
    pass
