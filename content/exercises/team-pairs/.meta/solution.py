import math
from itertools import combinations


def pairings(names):
    return list(combinations(names, 2))


def count_pairings(n):
    return math.comb(n, 2)
