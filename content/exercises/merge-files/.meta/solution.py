def merge_sorted(path_a, path_b, out_path):
    numbers = []
    for path in (path_a, path_b):
        with open(path, encoding="utf-8") as f:
            numbers.extend(int(line) for line in f if line.strip())
    numbers.sort()
    with open(out_path, "w", encoding="utf-8") as f:
        for n in numbers:
            f.write(f"{n}\n")
    return len(numbers)
