def total_valid(values):
    total = 0
    problems = []
    for text in values:
        try:
            number = float(text)
        except ValueError:
            problems.append(text)
        else:
            total += number
    return total, problems
