def accumulate(items, fn):
    return [fn(x) for x in items]


def keep(items, predicate):
    return [x for x in items if predicate(x)]


def discard(items, predicate):
    return [x for x in items if not predicate(x)]


def foldl(fn, items, initial):
    acc = initial
    for x in items:
        acc = fn(acc, x)
    return acc


def apply_all(items, fn):
    for x in items:
        fn(x)


def compose(f, g):
    return lambda x: f(g(x))
