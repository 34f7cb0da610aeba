def pyramid(rows):
    pass
