import random
import time

TAX = 20


def fetch_price(item):
    return 3


def total(items):
    return sum(fetch_price(i) for i in items)


def greet():
    name = input("Name? ")
    age = int(input("Age? "))
    return f"Hello {name}, next year you will be {age + 1}"


def roll_dice():
    return random.randint(1, 6)


def notify(sender, addresses):
    for address in addresses:
        sender.send(address, "Hi")


def size_of(thing):
    return len(thing)


def with_tax(amount):
    return amount + amount * TAX // 100


def seconds_since(moment):
    return time.time() - moment
