def longest_line(path):
    best = ""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if len(line) > len(best):
                best = line
    return best
