def bill(price, quantity, tax_percent):
    total = price * quantity * (1 + tax_percent / 100)
    return f"€{total:.2f}"
