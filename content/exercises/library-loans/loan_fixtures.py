"""Libraries for the tests: every test starts from the same shelf, built with the student's class."""

SHELF = ["Matilda", "Dune", "Holes", "Emma"]


def stocked(library_class, titles=SHELF):
    library = library_class()
    for title in titles:
        library.add_book(title)
    return library


def lend_all(library, member, titles):
    for title in titles:
        library.lend(title, member)
