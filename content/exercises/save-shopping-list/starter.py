def save_list(path, items):
    # Write each item on its own line, then return how many items you wrote.
    pass
