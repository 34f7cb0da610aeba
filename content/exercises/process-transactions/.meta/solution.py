class TransactionError(Exception):
    """One transaction line that cannot be applied."""


def apply_one(balance, line):
    parts = line.split()
    if len(parts) != 2:
        raise TransactionError("expected: action amount")
    action, amount_text = parts
    if action not in ("deposit", "withdraw"):
        raise TransactionError(f"unknown action: {action}")
    try:
        amount = int(amount_text)
    except ValueError:
        raise TransactionError(f"bad amount: {amount_text}") from None
    if amount <= 0:
        raise TransactionError("amount must be positive")
    if action == "deposit":
        return balance + amount
    if amount > balance:
        raise TransactionError("insufficient funds")
    return balance - amount


def apply_all(balance, lines):
    reports = []
    for number, line in enumerate(lines, start=1):
        try:
            balance = apply_one(balance, line)
        except TransactionError as error:
            reports.append(f"line {number}: {error}")
    return balance, reports
