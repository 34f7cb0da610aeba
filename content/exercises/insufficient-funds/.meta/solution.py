class {{error}}(Exception):
    pass


def withdraw(balance, amount):
    if amount > balance:
        raise {{error}}(f"cannot take {amount} from {balance}")
    return balance - amount
