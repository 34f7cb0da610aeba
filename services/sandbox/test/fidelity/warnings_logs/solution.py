import logging
import warnings

log = logging.getLogger("bank")


def old_api():
    warnings.warn("use new_api", DeprecationWarning, stacklevel=2)
    return 1


def load_settings(settings):
    if "name" not in settings:
        warnings.warn("missing key 'name'", UserWarning)
    return settings


def transfer(amount):
    if amount < 0:
        log.warning("negative amount %s", amount)
        return False
    log.info("moved %s", amount)
    return True
