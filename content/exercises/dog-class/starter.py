class Dog:
    pass
