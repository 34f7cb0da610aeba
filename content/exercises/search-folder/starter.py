from pathlib import Path


def search_folder(folder, word):
    # Return a sorted list of (file_name, line_number) for lines in {{ext}} files that contain word.
    pass
