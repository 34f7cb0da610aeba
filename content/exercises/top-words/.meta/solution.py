import re
from collections import Counter


def {{func}}(text, n):
    words = re.findall(r"[a-z']+", text.lower())
    return Counter(words).most_common(n)
