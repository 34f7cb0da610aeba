def swap_ends(word):
    if len(word) < 2:
        return word
    return word[-1] + word[1:-1] + word[0]
