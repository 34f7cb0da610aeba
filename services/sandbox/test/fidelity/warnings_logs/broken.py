import logging

log = logging.getLogger("bank")


def old_api():
    return 1


def load_settings(settings):
    if "name" not in settings:
        print("missing key 'name'")
    return settings


def transfer(amount):
    log.error("moved %s", amount)
    return True
