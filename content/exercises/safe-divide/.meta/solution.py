def {{func}}(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return {{fallback}}
