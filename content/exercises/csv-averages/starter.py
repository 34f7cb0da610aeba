import csv


def averages(path):
    # Return a dict: student name -> average score, rounded to 1 decimal.
    pass
