import functools


@functools.total_ordering
class Clock:
    def __init__(self, hour, minute):
        self.total = (hour * 60 + minute) % (24 * 60)

    def minutes_since_midnight(self):
        return self.total

    def __str__(self):
        return f"{self.total // 60:02d}:{self.total % 60:02d}"

    def __repr__(self):
        return f"Clock({self})"

    def __eq__(self, other):
        return isinstance(other, Clock) and self.total == other.total

    def __lt__(self, other):
        return self.total < other.total

    def __hash__(self):
        return hash(self.total)

    def __add__(self, minutes):
        return Clock(0, self.total + minutes)

    def __sub__(self, minutes):
        return Clock(0, self.total - minutes)
