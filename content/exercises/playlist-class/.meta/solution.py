class Playlist:
    def __init__(self, name):
        self.name = name
        self._songs = []

    def add(self, title, seconds):
        if seconds <= 0:
            raise ValueError("a song must be longer than 0 seconds")
        if title in self:
            raise ValueError(f"{title} is already in the playlist")
        self._songs.append((title, seconds))

    def __len__(self):
        return len(self._songs)

    def __contains__(self, title):
        return any(song_title == title for song_title, _ in self._songs)

    def duration(self):
        total = sum(seconds for _, seconds in self._songs)
        return f"{total // 60}:{total % 60:02d}"

    def longest(self):
        if not self._songs:
            return None
        title, _ = max(self._songs, key=lambda song: song[1])
        return title

    def __str__(self):
        count = len(self)
        word = "song" if count == 1 else "songs"
        return f"{self.name}: {count} {word}, {self.duration()}"
