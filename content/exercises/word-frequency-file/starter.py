def {{func}}(path):
    pass
