# expect-status: ok error
# A native program written to /tmp (a copy of the interpreter), or to a memfd, must not run.
import os
import shutil
import sys
shutil.copy(sys.executable, "/tmp/native")
os.chmod("/tmp/native", 0o755)
for attempt in (lambda: os.execv("/tmp/native", ["native", "-c", "print('ESCAPED: ran a copied binary')"]),
                lambda: os.execv(sys.executable, [sys.executable, "-c", "print('ESCAPED: exec')"]),
                lambda: os.memfd_create("x")):
    try:
        attempt()
        print("ESCAPED: made a memfd")
    except OSError:
        pass
