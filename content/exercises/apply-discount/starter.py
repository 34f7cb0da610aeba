def {{func}}(price, percent=10):
    pass
