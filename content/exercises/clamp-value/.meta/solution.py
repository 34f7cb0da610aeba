def clamp(value, low=0, high=100):
    if low > high:
        low, high = high, low
    if value < low:
        return low
    if value > high:
        return high
    return value
