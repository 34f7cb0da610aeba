def {{func}}(text):
    pass
