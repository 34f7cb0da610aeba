class Clock:
    def __init__(self, hour, minute):
        self.hour = hour % 24
        self.minute = minute

    def minutes_since_midnight(self):
        return self.hour * 60 + self.minute

    def __str__(self):
        return f"{self.hour:02d}:{self.minute:02d}"

    def __repr__(self):
        return "Clock(" + str(self) + ")"

    def __eq__(self, other):
        return str(self) == str(other)

    def __add__(self, minutes):
        return Clock(self.hour, self.minute + minutes)

    def __sub__(self, minutes):
        return Clock(self.hour, self.minute - minutes)
