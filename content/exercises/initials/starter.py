def initials(full_name):
    pass
