from collections import Counter


def {{func}}(word):
    return dict(Counter(word))
