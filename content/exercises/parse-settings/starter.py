def parse_settings(text):
    # Return a dict of the settings; raise ValueError("line N: ...") for a broken line.
    pass
