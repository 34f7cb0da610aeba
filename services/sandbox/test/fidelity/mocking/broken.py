import random
from time import time

TAX = 20
PRICES = {"a": 3, "b": 3, "x": 3}


def fetch_price(item):
    return 3


def total(items):
    return sum(PRICES.get(i, 3) for i in items)


def greet():
    name = input("Name? ")
    return f"Hello {name}, next year you will be 14"


def roll_dice():
    return 6


def notify(sender, addresses):
    sender.send(addresses[0], "Hi")


def size_of(thing):
    return thing.size


def with_tax(amount):
    return amount * 1.2


def seconds_since(moment):
    return time() - moment
