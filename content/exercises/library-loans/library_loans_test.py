import unittest

from library_loans import Library, LoanError
from loan_fixtures import SHELF, lend_all, stocked


class LibraryLoansTest(unittest.TestCase):
    def test_new_books_are_available_in_alphabetical_order(self):
        self.assertEqual(stocked(Library).available(), sorted(SHELF))

    def test_a_new_library_is_empty(self):
        self.assertEqual(Library().available(), [])

    def test_a_lent_book_leaves_the_shelf(self):
        library = stocked(Library)
        library.lend("Dune", "Ada")
        self.assertEqual(library.available(), ["Emma", "Holes", "Matilda"])

    def test_loans_of_a_member_in_alphabetical_order(self):
        library = stocked(Library)
        lend_all(library, "Ada", ["Matilda", "Dune"])
        library.lend("Holes", "Bob")
        self.assertEqual(library.loans_of("Ada"), ["Dune", "Matilda"])
        self.assertEqual(library.loans_of("Bob"), ["Holes"])
        self.assertEqual(library.loans_of("Cy"), [])

    def test_a_book_on_loan_cannot_be_lent_again(self):
        library = stocked(Library)
        library.lend("Dune", "Ada")
        with self.assertRaises(LoanError):
            library.lend("Dune", "Bob")
        self.assertEqual(library.loans_of("Ada"), ["Dune"])

    def test_a_book_the_library_lacks_cannot_be_lent(self):
        with self.assertRaises(LoanError):
            stocked(Library).lend("Ulysses", "Ada")

    def test_the_same_title_cannot_be_added_twice(self):
        library = stocked(Library)
        library.lend("Emma", "Ada")
        with self.assertRaises(LoanError):
            library.add_book("Emma")

    def test_a_book_given_back_can_be_lent_again(self):
        library = stocked(Library)
        library.lend("Holes", "Ada")
        library.give_back("Holes")
        self.assertIn("Holes", library.available())
        library.lend("Holes", "Bob")
        self.assertEqual(library.loans_of("Bob"), ["Holes"])

    def test_only_a_book_on_loan_can_be_given_back(self):
        with self.assertRaises(LoanError):
            stocked(Library).give_back("Dune")

    def test_a_loan_error_is_an_exception_with_a_message(self):
        library = stocked(Library)
        library.lend("Dune", "Ada")
        with self.assertRaises(LoanError) as raised:
            library.lend("Dune", "Bob")
        self.assertIsInstance(raised.exception, Exception)
        self.assertTrue(str(raised.exception), "the LoanError should say what went wrong")
