class Playlist:
    def __init__(self, name):
        pass

    def add(self, title, seconds):
        pass

    def duration(self):
        pass

    def longest(self):
        pass

    # Also write __len__, __contains__ and __str__.
