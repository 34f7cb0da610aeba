# expect-status: ok
# The previous request's answer must not sit in any frame above this one (the old zygote kept
# its `result` local in main(), reachable with sys._getframe()).
import sys
marker = "".join(["SECRET-", "MARKER-", "7f3"])
frame = sys._getframe()
while frame is not None:
    for name, value in list(frame.f_locals.items()) + list(frame.f_globals.items()):
        if value is globals():
            continue  # this program's own variables (the marker it built) are not a leak
        text = repr(value) if not isinstance(value, str) else value
        if marker in text and value is not marker and name != "marker":
            print("ESCAPED: found the previous run's data in", frame.f_code.co_name, name)
    frame = frame.f_back
