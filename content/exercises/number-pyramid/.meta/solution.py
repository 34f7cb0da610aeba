def pyramid(rows):
    lines = []
    for row in range(1, rows + 1):
        lines.append(" ".join(str(n) for n in range(1, row + 1)))
    return lines
