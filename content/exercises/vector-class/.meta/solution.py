class {{cls}}:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __str__(self):
        return f"{{cls}}({self.x}, {self.y})"

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __add__(self, other):
        return {{cls}}(self.x + other.x, self.y + other.y)

    def __mul__(self, number):
        return {{cls}}(self.x * number, self.y * number)
