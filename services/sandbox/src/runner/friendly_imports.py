"""A friendly message for imports of non-standard-library modules.

The sandbox's filesystem holds only CPython's standard library, so such an
import would fail anyway; this finder only makes the message clear. It is not
a security boundary (the kernel is)."""

import sys

ALLOWED_EXTRA = {"student", "tests", "main"}


class StdlibOnlyFinder:
    @staticmethod
    def find_spec(fullname, path=None, target=None):
        top = fullname.partition(".")[0]
        if top in sys.stdlib_module_names or top in ALLOWED_EXTRA or top.startswith("_"):
            return None
        raise ModuleNotFoundError(
            f"No module named '{top}'. Only the Python standard library is available in EmberLearn, "
            f"so '{top}' cannot be installed or imported here.",
            name=top,
        )


def install():
    sys.meta_path.insert(0, StdlibOnlyFinder())
