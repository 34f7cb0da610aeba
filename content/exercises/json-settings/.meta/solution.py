import json
import os


def save_settings(path, settings):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(settings, f)


def load_settings(path):
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)
