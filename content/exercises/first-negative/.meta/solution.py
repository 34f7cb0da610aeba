def {{func}}(numbers):
    for index, value in enumerate(numbers):
        if value < 0:
            return index
    return -1
