from itertools import combinations


def best_combo(menu, budget, k):
    # Return a tuple of the k dish names with the highest total that fits the budget.
    pass
