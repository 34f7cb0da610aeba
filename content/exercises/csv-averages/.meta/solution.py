import csv


def averages(path):
    result = {}
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader, None)  # the header row
        for row in reader:
            if not row:
                continue
            name, *scores = row
            numbers = [float(score) for score in scores]
            result[name] = round(sum(numbers) / len(numbers), 1)
    return result
