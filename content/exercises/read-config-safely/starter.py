def read_number(path):
    with open(path) as f:
        return int(f.read())
