def retry(action, attempts, *args):
    return action(*args)
