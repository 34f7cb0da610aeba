import calendar
import datetime


def add_gigasecond(moment):
    return moment + datetime.timedelta(seconds=10**9)


def meetup(year, month, which, day_name):
    weekday = list(calendar.day_name).index(day_name)
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if datetime.date(year, month, d).weekday() == weekday]
    if which == "teenth":
        day = next(d for d in days if 13 <= d <= 19)
    elif which == "last":
        day = days[-1]
    else:
        day = days[["first", "second", "third", "fourth", "fifth"].index(which)]
    return datetime.date(year, month, day)


def weekday_name(date):
    return date.strftime("%A")


def days_between(a, b):
    return b - a
