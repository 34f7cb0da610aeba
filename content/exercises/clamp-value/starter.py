def clamp(value, low=0, high=100):
    # Return value, but never below low and never above high.
    pass
