import statistics


def summarize(scores):
    if not scores:
        return None
    return {
        "mean": round(statistics.mean(scores), 1),
        "median": statistics.median(scores),
        "mode": statistics.mode(scores),
    }
