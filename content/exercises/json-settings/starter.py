def save_settings(path, settings):
    pass


def load_settings(path):
    pass
