def {{func}}(x):
    print(x * 2)
