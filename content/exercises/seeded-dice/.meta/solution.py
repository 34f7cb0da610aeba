import random


def roll_dice(count, seed):
    rng = random.Random(seed)
    return [rng.randint(1, {{sides}}) for _ in range(count)]
