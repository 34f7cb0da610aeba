def sum_valid(items):
    total = 0.0
    skipped = 0
    for item in items:
        try:
            total += float(item)
        except (ValueError, TypeError):
            skipped += 1
    return total, skipped
