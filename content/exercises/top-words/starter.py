import re
from collections import Counter


def {{func}}(text, n):
    # Return the n most common words as a list of (word, count) tuples.
    pass
