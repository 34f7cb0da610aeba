import json
from pathlib import Path


def record_visit(path, page):
    # Load the counts (or start empty), add 1 for page, save, return the new count.
    pass
