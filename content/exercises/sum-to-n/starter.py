def {{func}}(n):
    pass
