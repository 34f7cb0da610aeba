def hanoi(n, source="A", target="C", spare="B"):
    if n == 0:
        return []
    moves = hanoi(n - 1, source, spare, target)
    moves.append(f"{source}->{target}")
    moves += hanoi(n - 1, spare, target, source)
    return moves
