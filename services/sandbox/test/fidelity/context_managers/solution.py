class Timer:
    def __init__(self, suppress=False):
        self.suppress = suppress
        self.stopped = False

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.stopped = True
        return self.suppress and exc_type is ValueError


def use_resource(resource):
    with resource:
        pass


def safe_divide(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return "cannot divide by zero"
