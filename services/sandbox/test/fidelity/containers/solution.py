import collections


def letters_of(text):
    return list(text)


def unique_pairs(values):
    return {(a, b) for a, b in zip(values, values[1:] + values[:1])}


def invert(mapping):
    out = collections.defaultdict(set)
    for k, v in mapping.items():
        out[v].add(k)
    return {k: frozenset(v) for k, v in out.items()}


def ordered_counts(text):
    counts = collections.OrderedDict()
    for c in text:
        counts[c] = counts.get(c, 0) + 1
    return counts


def chunk(values, size):
    return [values[i : i + size] for i in range(0, len(values), size)]


def queue_of(values, size):
    return collections.deque(values, maxlen=size)


def to_bytes(text):
    return text.encode("utf-8")
