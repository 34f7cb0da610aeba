NORMAL_HOURS = 40
OVERTIME_FACTOR = 1.5


class Employee:
    def __init__(self, name, hourly_rate):
        self.name = name
        self.hourly_rate = hourly_rate

    def pay(self, hours):
        normal = min(hours, NORMAL_HOURS)
        overtime = max(hours - NORMAL_HOURS, 0)
        return normal * self.hourly_rate + overtime * self.hourly_rate * OVERTIME_FACTOR

    def describe(self):
        return f"{self.name} ({type(self).__name__})"


class Manager(Employee):
    BONUS = {{bonus}}

    def pay(self, hours):
        return super().pay(hours) + self.BONUS


class Intern(Employee):
    MAX_HOURS = 20

    def pay(self, hours):
        return super().pay(min(hours, self.MAX_HOURS))


def total_payroll(staff, hours):
    return sum(person.pay(hours) for person in staff)
