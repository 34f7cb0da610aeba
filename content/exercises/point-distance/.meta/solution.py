import math


def {{func}}(p, q):
    return round(math.dist(p, q), {{digits}})
