def hypotenuse(a, b):
    pass
