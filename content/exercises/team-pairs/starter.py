def pairings(names):
    pass


def count_pairings(n):
    pass
