import csv


def count_lines(path):
    with open(path) as handle:
        return sum(1 for _ in handle)


def average_score(path):
    with open(path, newline="") as handle:
        scores = [int(row["score"]) for row in csv.DictReader(handle)]
    return sum(scores) / len(scores)


def write_lines(out, lines):
    for line in lines:
        out.write(line)


def copy_upper(source, target):
    with open(source) as src, open(target, "w") as dst:
        dst.write(src.read().upper())
