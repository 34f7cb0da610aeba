def days_between(start, end):
    pass
