def {{func}}(seconds):
    pass
