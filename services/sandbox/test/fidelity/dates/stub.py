def add_gigasecond(moment):
    pass


def meetup(year, month, which, day_name):
    pass


def weekday_name(date):
    pass


def days_between(a, b):
    pass
