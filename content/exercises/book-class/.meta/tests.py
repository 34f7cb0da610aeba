import unittest
from student import Book


class TestBook(unittest.TestCase):
    def test_stores_attributes(self):
        book = Book("Dune", "Frank Herbert", 412)
        self.assertEqual(book.title, "Dune", "book.title should be the title given to Book(...)")
        self.assertEqual(book.author, "Frank Herbert", "book.author should be the author given to Book(...)")
        self.assertEqual(book.pages, 412, "book.pages should be the number of pages given to Book(...)")

    def test_describe_gives_title_author_and_pages(self):
        book = Book("Dune", "Frank Herbert", 412)
        self.assertEqual(book.describe(), "Dune by Frank Herbert (412 pages)", 'describe() should return "Dune by Frank Herbert (412 pages)"')

    def test_is_long(self):
        self.assertEqual(Book("Dune", "Frank Herbert", 412).is_long(), True, "a book with 412 pages is long")
        self.assertEqual(Book("Matilda", "Roald Dahl", 240).is_long(), False, "a book with 240 pages is not long")
        self.assertEqual(Book("Exactly", "Someone", 300).is_long(), False, "exactly 300 pages is not long: it must be more than 300")

    def test_books_are_separate(self):
        first = Book("Dune", "Frank Herbert", 412)
        second = Book("Emma", "Jane Austen", 474)
        self.assertEqual(first.describe(), "Dune by Frank Herbert (412 pages)", "making a second book must not change the first one")
        self.assertEqual(second.describe(), "Emma by Jane Austen (474 pages)", "each book keeps its own title, author and pages")
