import re


def {{func}}(text):
    return [int(n) for n in re.findall(r"\d+", text)]
