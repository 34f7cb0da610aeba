def total_valid(values):
    # Return (total of the good numbers, list of the bad texts).
    pass
