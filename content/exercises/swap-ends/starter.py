def swap_ends(word):
    pass
