def hanoi(n, source="A", target="C", spare="B"):
    # Return the list of moves, such as ["A->B", "A->C", "B->C"] for two disks.
    pass
