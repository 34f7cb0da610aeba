from datetime import date


def days_until(today, event):
    today = date.fromisoformat(today)
    month, day = (int(part) for part in event.split("-"))
    next_time = date(today.year, month, day)
    if next_time < today:
        next_time = date(today.year + 1, month, day)
    return (next_time - today).days
