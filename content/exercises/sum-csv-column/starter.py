def column_total(path, column):
    pass
