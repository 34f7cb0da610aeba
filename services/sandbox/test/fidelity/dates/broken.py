import datetime


def add_gigasecond(moment):
    return moment + datetime.timedelta(seconds=10**6)


def meetup(year, month, which, day_name):
    return datetime.date(year, month, 13)


def weekday_name(date):
    return date.strftime("%a")


def days_between(a, b):
    return (b - a).days
