def total_distance(path):
    """Return the total distance of the hikes in the file at path, rounded to 1 decimal."""
    pass


def longest_hike(path):
    """Return the trail of the longest hike in the file at path, or None when it has none."""
    pass


def hikes_per_trail(path):
    """Return a dictionary from each trail in the file at path to how many hikes it had."""
    pass
