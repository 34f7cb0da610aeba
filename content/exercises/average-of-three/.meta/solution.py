def {{func}}(a, b, c):
    return (a + b + c) / 3
