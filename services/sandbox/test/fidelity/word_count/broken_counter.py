from collections import Counter


def count_words(sentence):
    return Counter(w.strip(".,'") for w in sentence.lower().replace(",", " ").split())
