class Rectangle:
    def __init__(self, width, height):
        pass
