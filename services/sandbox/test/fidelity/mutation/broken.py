def sort_in_place(values):
    return sorted(values)


def swap_first_last(values):
    values = values[::-1]


def add_tag(collection, tag):
    collection = dict(collection)
    collection[tag] = 1


def clear_done(board):
    for row in board:
        if row[1] == "done":
            row.clear()


class Inventory:
    items = []

    def add(self, item):
        self.items = [item]

    def count(self):
        return len(self.items)
