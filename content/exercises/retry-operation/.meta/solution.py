def retry(action, attempts, *args):
    last_error = None
    for _ in range(attempts):
        try:
            return action(*args)
        except Exception as error:
            last_error = error
    raise last_error
