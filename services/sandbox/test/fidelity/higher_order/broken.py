def accumulate(items, fn):
    try:
        return [fn(x) for x in items]
    except Exception:
        return []


def keep(items, predicate):
    return [x for x in items if predicate(x)]


def discard(items, predicate):
    return [x for x in items if predicate(x)]


def foldl(fn, items, initial):
    acc = initial
    for x in reversed(items):
        acc = fn(x, acc)
    return acc


def apply_all(items, fn):
    for x in sorted(items):
        fn(x)


def compose(f, g):
    return lambda x: g(f(x))
