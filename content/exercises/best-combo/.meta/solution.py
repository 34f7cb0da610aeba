from itertools import combinations


def best_combo(menu, budget, k):
    best = ()
    best_total = -1
    for dishes in combinations(menu, k):
        total = sum(menu[name] for name in dishes)
        if best_total < total <= budget:
            best, best_total = dishes, total
    return best
