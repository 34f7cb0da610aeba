# expect-status: ok
# Nothing the previous request held (its code, its output) is among this process's objects.
import gc
marker = "".join(["SECRET-", "MARKER-", "7f3"])
mine = {id(marker)}
for obj in gc.get_objects():
    try:
        items = obj.values() if isinstance(obj, dict) else obj if isinstance(obj, (list, tuple, set)) else ()
        for item in items:
            if isinstance(item, (str, bytes, bytearray)) and id(item) not in mine:
                data = item if isinstance(item, str) else bytes(item).decode("latin-1")
                if marker in data:
                    print("ESCAPED: the previous run's data is in memory")
                    raise SystemExit
    except (TypeError, RuntimeError):
        continue
