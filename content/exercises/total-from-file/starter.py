def {{func}}(path):
    # Read the file line by line and return the total of the numbers.
    pass
