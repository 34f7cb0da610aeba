def {{func}}(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    with_first = {{func}}(amount - coins[0], coins)
    without_first = {{func}}(amount, coins[1:])
    return with_first + without_first
