class Timer:
    def __init__(self, suppress=False):
        self.stopped = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


def use_resource(resource):
    resource.__enter__()


def safe_divide(a, b):
    return a / b
