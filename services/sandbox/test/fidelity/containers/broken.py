def letters_of(text):
    return sorted(set(text))


def unique_pairs(values):
    return set(zip(values, values[1:]))


def invert(mapping):
    return {v: k for k, v in mapping.items()}


def ordered_counts(text):
    return {c: text.count(c) for c in sorted(text)}


def chunk(values, size):
    return [values[i : i + size] for i in range(0, len(values) - 1, size)]


def queue_of(values, size):
    return values[-size:]


def to_bytes(text):
    return text.encode("latin-1", errors="replace")
