import statistics


def summarize(scores):
    # Return {"mean": ..., "median": ..., "mode": ...}, or None for an empty list.
    pass
