class Employee:
    def __init__(self, name, hourly_rate):
        pass

    def pay(self, hours):
        pass

    def describe(self):
        pass


class Manager(Employee):
    # A manager gets a bonus of {{bonus}} on top of the normal pay.
    pass


class Intern(Employee):
    pass


def total_payroll(staff, hours):
    pass
