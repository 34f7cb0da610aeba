from datetime import date, timedelta


def longest_streak(days):
    pass


def current_streak(days, today):
    pass


def streak_start(days, today):
    pass
