def accumulate(items, fn):
    return []


def keep(items, predicate):
    return []


def discard(items, predicate):
    return []


def foldl(fn, items, initial):
    return initial


def apply_all(items, fn):
    pass


def compose(f, g):
    return f
