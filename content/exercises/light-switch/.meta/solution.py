class {{cls}}:
    def __init__(self):
        self.is_on = False
        self.presses = 0

    def switch(self):
        self.is_on = not self.is_on
        self.presses += 1

    def status(self):
        if self.is_on:
            return "on"
        return "off"
