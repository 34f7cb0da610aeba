import re
from collections import Counter
from datetime import datetime


def summarize_log(lines):
    # Return {"levels": ..., "first": ..., "last": ..., "longest_gap": ..., "skipped": ...}.
    pass
