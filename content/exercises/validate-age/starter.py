def check_age(age):
    # Raise TypeError or ValueError for a bad age; otherwise return it.
    pass
