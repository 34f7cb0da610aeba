from pathlib import Path


def search_folder(folder, word):
    wanted = word.lower()
    found = []
    for path in sorted(Path(folder).glob("*{{ext}}")):
        if not path.is_file():
            continue
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, start=1):
                if wanted in line.lower():
                    found.append((path.name, number))
    return sorted(found)
