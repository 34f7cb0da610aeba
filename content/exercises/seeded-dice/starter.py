def roll_dice(count, seed):
    pass
