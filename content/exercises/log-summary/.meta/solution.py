import re
from collections import Counter
from datetime import datetime

LINE = re.compile(r"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) (INFO|WARNING|ERROR) (.*)")


def summarize_log(lines):
    levels = Counter()
    stamps = []
    times = []
    skipped = 0
    for line in lines:
        found = LINE.fullmatch(line)
        if found is None:
            skipped += 1
            continue
        stamp, level, _message = found.groups()
        levels[level] += 1
        stamps.append(stamp)
        times.append(datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S"))

    longest = 0
    for earlier, later in zip(times, times[1:]):
        longest = max(longest, int((later - earlier).total_seconds()))

    return {
        "levels": dict(levels),
        "first": stamps[0] if stamps else None,
        "last": stamps[-1] if stamps else None,
        "longest_gap": longest,
        "skipped": skipped,
    }
