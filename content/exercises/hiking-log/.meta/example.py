def read_hikes(path):
    hikes = []
    with open(path, encoding="utf-8") as log:
        for line in log:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            _date, trail, km = (part.strip() for part in line.split(","))
            hikes.append((trail, float(km)))
    return hikes


def total_distance(path):
    return round(sum(km for _trail, km in read_hikes(path)), 1)


def longest_hike(path):
    best = None
    for trail, km in read_hikes(path):
        if best is None or km > best[1]:
            best = (trail, km)
    return best[0] if best else None


def hikes_per_trail(path):
    counts = {}
    for trail, _km in read_hikes(path):
        counts[trail] = counts.get(trail, 0) + 1
    return counts
