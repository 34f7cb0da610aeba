def {{func}}(numbers):
    pass
