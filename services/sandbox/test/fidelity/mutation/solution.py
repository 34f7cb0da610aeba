def sort_in_place(values):
    values.sort()


def swap_first_last(values):
    values[0], values[-1] = values[-1], values[0]


def add_tag(collection, tag):
    if isinstance(collection, dict):
        collection[tag] = collection.get(tag, 0) + 1
    else:
        collection.add(tag)


def clear_done(board):
    board[:] = [row for row in board if row[1] != "done"]


class Inventory:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)

    def count(self):
        return len(self.items)
