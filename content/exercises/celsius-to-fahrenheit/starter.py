def to_fahrenheit(celsius):
    pass
