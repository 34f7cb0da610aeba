class Shape:
    name = "shape"

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with area {round(self.area(), 2)}"


class Square(Shape):
    name = "square"

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    name = "circle"

    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return 3.14 * self.radius * self.radius
