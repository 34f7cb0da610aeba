import csv
import json


def summarize(csv_path, json_path):
    # Read the grades, write the summary as JSON, return how many rows you used.
    pass
