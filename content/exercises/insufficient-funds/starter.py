class {{error}}:
    # Turn this into an exception class.
    pass


def withdraw(balance, amount):
    # Check the amount, then return the new balance.
    pass
