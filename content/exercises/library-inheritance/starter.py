class Item:
    def __init__(self, title):
        self.title = title
