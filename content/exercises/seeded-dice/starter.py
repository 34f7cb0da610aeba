import random


def roll_dice(count, seed):
    # Return a list of count rolls (1 to {{sides}}) from random.Random(seed).
    pass
