def {{func}}(name):
    return f"Hello, {name}!"
