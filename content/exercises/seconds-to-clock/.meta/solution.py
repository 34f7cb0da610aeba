def {{func}}(seconds):
    minutes = seconds // 60
    rest = seconds % 60
    return f"{minutes}:{rest:02d}"
