MAX_HEALTH = {{max_hp}}


class Hero:
    def __init__(self, name):
        self.name = name
        self.health = MAX_HEALTH

    @property
    def health(self):
        return self._health

    @health.setter
    def health(self, value):
        self._health = max(0, min(value, MAX_HEALTH))

    def take_damage(self, amount):
        self.health = self.health - amount

    def heal(self, amount):
        self.health = self.health + amount

    def is_alive(self):
        return self.health > 0
