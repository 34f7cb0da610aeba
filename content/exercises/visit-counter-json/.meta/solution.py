import json
from pathlib import Path


def record_visit(path, page):
    counts = {}
    if Path(path).exists():
        with open(path, encoding="utf-8") as f:
            counts = json.load(f)
    counts[page] = counts.get(page, 0) + 1
    with open(path, "w", encoding="utf-8") as f:
        json.dump(counts, f)
    return counts[page]
