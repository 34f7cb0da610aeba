import re


def find_prices(text):
    return [float(amount) for amount in re.findall(r"\$(\d+(?:\.\d{2})?)", text)]
