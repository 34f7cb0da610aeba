import math


def {{func}}(p, q):
    # Return the distance from p to q, rounded to {{digits}} decimal places.
    pass
