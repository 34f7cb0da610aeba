def {{func}}(amount, coins):
    # Return how many ways there are to pay amount with these coins.
    pass
