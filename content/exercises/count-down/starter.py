def countdown(n):
    pass
