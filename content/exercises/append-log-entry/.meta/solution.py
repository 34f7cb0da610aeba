def add_entry(path, message):
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"- {message}\n")
