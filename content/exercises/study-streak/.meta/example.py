from datetime import timedelta

ONE_DAY = timedelta(days=1)


def longest_streak(days):
    studied = set(days)
    best = 0
    for day in studied:
        if day - ONE_DAY in studied:
            continue
        length = 1
        while day + length * ONE_DAY in studied:
            length += 1
        best = max(best, length)
    return best


def streak_start(days, today):
    studied = set(days)
    end = today if today in studied else today - ONE_DAY
    if end not in studied:
        return None
    start = end
    while start - ONE_DAY in studied:
        start -= ONE_DAY
    return start


def current_streak(days, today):
    start = streak_start(days, today)
    if start is None:
        return 0
    end = today if today in set(days) else today - ONE_DAY
    return (end - start).days + 1
