"""The supervisor's line channel to the platform: one JSON object per line each way. Reads
are buffered by hand so the supervisor can also wait on this channel with select() while a
run goes on (an interactive run's input, or a request to stop it)."""

import json
import os

MAX_LINE = 64 * 1024 * 1024


class Control:
    def __init__(self, fd_in, fd_out):
        self.fd_in, self.fd_out = fd_in, fd_out
        self.buffer = bytearray()
        self.closed = False

    def fileno(self):
        return self.fd_in

    def _line(self):
        end = self.buffer.find(b"\n")
        if end < 0:
            return None
        line = bytes(self.buffer[:end])
        del self.buffer[: end + 1]
        return line

    def fill(self):
        """Reads what is there (after select said so); False at end of input."""
        chunk = os.read(self.fd_in, 1 << 20)
        if not chunk:
            self.closed = True
            return False
        self.buffer += chunk
        if len(self.buffer) > MAX_LINE and b"\n" not in self.buffer:
            raise ValueError("a request line is too long")
        return True

    def pending(self):
        """Whole lines already read, parsed (a line that is not JSON is skipped)."""
        out = []
        while (line := self._line()) is not None:
            try:
                out.append(json.loads(line))
            except ValueError:
                continue
        return out

    def has_line(self):
        return b"\n" in self.buffer

    def readline(self):
        """The next request, blocking; None at end of input."""
        while (line := self._line()) is None:
            if not self.fill():
                return None
        return line

    def send(self, message):
        data = (json.dumps(message) + "\n").encode()
        while data:
            data = data[os.write(self.fd_out, data) :]
