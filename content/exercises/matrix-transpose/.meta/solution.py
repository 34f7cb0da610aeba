def transpose(grid):
    if not grid:
        return []
    return [[row[col] for row in grid] for col in range(len(grid[0]))]
