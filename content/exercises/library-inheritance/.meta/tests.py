import unittest
from student import Dvd, Item


class TestLibrary(unittest.TestCase):
    def test_check_out_once(self):
        book = Item("Dune")
        self.assertEqual(book.check_out(), True, "the first check-out works")
        self.assertEqual(book.check_out(), False, "an item cannot be checked out twice")

    def test_dvd(self):
        film = Dvd("Up", 96)
        self.assertEqual(film.title, "Up", "a Dvd keeps its title through super()")
        self.assertEqual(film.minutes, 96, "a Dvd keeps its minutes")
        self.assertEqual(film.checked_out, False, "a new Dvd is not checked out")

    def test_loan_days(self):
        self.assertEqual(Item("Dune").loan_days(), 21, "books lend for 21 days")
        self.assertEqual(Dvd("Up", 96).loan_days(), 7, "DVDs lend for 7 days")
