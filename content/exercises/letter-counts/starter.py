def {{func}}(word):
    pass
