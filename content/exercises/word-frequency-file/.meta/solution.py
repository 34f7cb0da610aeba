def {{func}}(path):
    counts = {}
    with open(path, encoding="utf-8") as f:
        for word in f.read().lower().split():
            counts[word] = counts.get(word, 0) + 1
    return max(counts, key=counts.get)
