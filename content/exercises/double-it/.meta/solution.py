def {{func}}(x):
    return x * 2
