"""The transport under the object protocol (rpc.py): length-prefixed JSON messages over a
stream socket, and Lost, raised when the other process is gone or does not answer in time."""

import json
import select
import struct
import time

import codec

MAX_MESSAGE = 256 * 1024 * 1024
HEADER = struct.Struct(">I")


class Lost(BaseException):
    """The other process is gone, or did not answer in time. A BaseException, so that a test's
    assertRaises(Exception) cannot mistake a crash for the exception it expects."""

    def __init__(self, message, reason="lost"):
        super().__init__(message)
        self.reason = reason


class Channel:
    """Length-prefixed JSON messages over a stream socket."""

    def __init__(self, sock):
        self.sock = sock

    def send(self, message):
        data = json.dumps(message, separators=(",", ":")).encode()
        if len(data) > MAX_MESSAGE:
            raise codec.CodecError("a value is too large to pass")
        try:
            self.sock.sendall(HEADER.pack(len(data)) + data)
        except OSError as exc:
            raise Lost("the other process stopped") from exc

    def recv(self, deadline=None):
        (size,) = HEADER.unpack(self._read(HEADER.size, deadline))
        if size > MAX_MESSAGE:
            raise Lost("a message was too large", "protocol")
        try:
            message = json.loads(self._read(size, deadline))
        except ValueError:
            raise Lost("a message did not decode", "protocol") from None
        if type(message) is not dict:
            raise Lost("a message was malformed", "protocol")
        return message

    def _read(self, n, deadline):
        chunks = []
        while n:
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not select.select([self.sock], [], [], remaining)[0]:
                    raise Lost("no answer in time", "timeout")
            try:
                chunk = self.sock.recv(min(n, 1 << 20))
            except OSError:
                chunk = b""
            if not chunk:
                raise Lost("the other process stopped")
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)
