def {{func}}(price, percent=10):
    if percent < 0 or percent > 100:
        percent = 0
    return round(price * (1 - percent / 100), 2)
