class Recorder:
    """A helper beside the tests: the student's code writes lines to it."""

    def __init__(self):
        self.lines = []

    def write(self, line):
        self.lines.append(line)


def expected_lines():
    return 3
