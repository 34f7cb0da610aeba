import unittest
from student import Employee, Intern, Manager, total_payroll


class TestPayroll(unittest.TestCase):
    def test_employee_pay(self):
        ada = Employee("Ada", 20)
        self.assertEqual((ada.name, ada.hourly_rate), ("Ada", 20), 'Employee("Ada", 20) should store name "Ada" and hourly_rate 20')
        self.assertEqual(ada.pay(10), 200, "10 hours at 20 should pay 200")
        self.assertEqual(ada.pay(40), 800, "40 hours at 20 should pay 800")

    def test_hours_over_forty_pay_time_and_a_half(self):
        self.assertEqual(Employee("Ada", 20).pay(45), 950, "45 hours at 20 should pay 40 * 20 + 5 * 30 = 950")

    def test_manager_gets_pay_plus_bonus(self):
        self.assertTrue(issubclass(Manager, Employee), "Manager should be a subclass of Employee: class Manager(Employee)")
        self.assertEqual(Manager("Grace", 30).pay(40), 1200 + {{bonus}}, "a manager with 30 an hour for 40 hours should get 1200 plus the bonus of {{bonus}}")
        self.assertEqual(Manager("Grace", 30).pay(42), 1290 + {{bonus}}, "managers are paid overtime too, plus the bonus")

    def test_intern_is_paid_at_most_twenty_hours(self):
        self.assertTrue(issubclass(Intern, Employee), "Intern should be a subclass of Employee: class Intern(Employee)")
        self.assertEqual(Intern("Sam", 12).pay(10), 120, "an intern working 10 hours at 12 should get 120")
        self.assertEqual(Intern("Sam", 12).pay(35), 240, "an intern is paid for at most 20 hours: 20 * 12 = 240")

    def test_describe_names_the_role(self):
        self.assertEqual(Employee("Ada", 20).describe(), "Ada (Employee)", 'describe() for an Employee should be "Ada (Employee)"')
        self.assertEqual(Manager("Grace", 30).describe(), "Grace (Manager)", 'describe() for a Manager should be "Grace (Manager)"')
        self.assertEqual(Intern("Sam", 12).describe(), "Sam (Intern)", 'describe() for an Intern should be "Sam (Intern)"')

    def test_total_payroll(self):
        staff = [Employee("Ada", 20), Manager("Grace", 30), Intern("Sam", 12)]
        self.assertEqual(total_payroll(staff, 40), 800 + 1200 + {{bonus}} + 240, "for 40 hours: 800 for Ada, 1200 + {{bonus}} for Grace and 240 for Sam")
        self.assertEqual(total_payroll([], 40), 0, "an empty list of staff costs 0")
