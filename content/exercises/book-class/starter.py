class Book:
    def __init__(self, title, author, pages):
        # Store title, author and pages on the object (self).
        pass

    def describe(self):
        pass

    def is_long(self):
        pass
