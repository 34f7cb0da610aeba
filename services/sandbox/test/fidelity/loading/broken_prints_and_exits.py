print("setting up")


def double(x):
    return x * 2


def triple(x):
    raise SystemExit(3)
