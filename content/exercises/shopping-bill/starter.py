def bill(price, quantity, tax_percent):
    pass
