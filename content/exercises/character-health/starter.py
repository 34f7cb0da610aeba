class Hero:
    def __init__(self, name):
        # Health starts at {{max_hp}} and must stay between 0 and {{max_hp}}.
        pass

    def take_damage(self, amount):
        pass

    def heal(self, amount):
        pass

    def is_alive(self):
        pass
