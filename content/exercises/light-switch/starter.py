class {{cls}}:
    def __init__(self):
        # Set the starting values: off, and switched 0 times.
        pass

    def switch(self):
        pass

    def status(self):
        pass
