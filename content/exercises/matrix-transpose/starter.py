def transpose(grid):
    pass
