class TransactionError:
    # Turn this into an exception class.
    pass


def apply_one(balance, line):
    # Return the new balance, or raise TransactionError with the right message.
    pass


def apply_all(balance, lines):
    # Return (final balance, list of "line N: message" reports).
    pass
