from collections import Counter
from datetime import date

NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def busiest_weekday(dates):
    counts = Counter(date.fromisoformat(d).weekday() for d in dates)
    return NAMES[counts.most_common(1)[0][0]]
