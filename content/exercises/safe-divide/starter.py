def {{func}}(a, b):
    # Return a / b, or {{fallback}} when b is 0.
    pass
