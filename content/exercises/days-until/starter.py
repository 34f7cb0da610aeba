from datetime import date


def days_until(today, event):
    # Return the number of days from today until the next time event comes.
    pass
