# expect-status: error
# A well-formed but wrongly typed report on the report pipe, then garbage: the answer must
# still be valid (the old worker failed the event schema).
import os
for data in (b'{"type": 1, "line": "x", "message": ["a"]}', b"\xff" * 1000):
    for fd in range(3, 10):
        try:
            os.write(fd, data)
        except OSError:
            pass
raise SystemExit(1)
