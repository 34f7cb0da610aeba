def {{name}}(action, items):
    return [action(item) for item in items]


def keep_if(test, items):
    return [item for item in items if test(item)]
