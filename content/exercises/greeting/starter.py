def {{func}}(name):
    pass
