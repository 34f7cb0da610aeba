class {{error}}(Exception):
    """Raised when a withdrawal is bigger than the balance."""


def withdraw(balance, amount):
    if amount <= 0:
        raise ValueError(f"amount must be positive, got {amount}")
    if amount > balance:
        raise {{error}}(f"need {amount - balance} more")
    return balance - amount
