class {{error}}:
    # Turn this into an exception class.
    pass


def calculate(expression):
    # Return the result, or raise {{error}} with a clear message.
    pass
