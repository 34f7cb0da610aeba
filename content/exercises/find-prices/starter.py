import re


def find_prices(text):
    # Return every price in text as a float, in order.
    pass
