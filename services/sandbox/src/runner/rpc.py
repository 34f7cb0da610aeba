"""The object protocol between the tester and the student's process.

Each side holds its own objects and hands the other side references to them; a reference
arrives as a Remote, a proxy that forwards attribute access, calls and every operator
(reflected and in-place ones too), truthiness, hashing, iteration, context managers and
isinstance checks. Calls nest: the student's code may call a function the test passed in
while the test is waiting for the student's answer. Plain data travels by value (codec.py).

What one side may do with the other's objects is decided by the side that owns them (its
Policy): the student's side serves everything, the tester serves only a narrow surface, so
the student's code can use what a test hands it but never reach the tester's internals."""

import socket

import codec
import codec_decode
from remote import Remote, exception_standin, remote_meta
from rpc_channel import Channel, Lost


class Peer:
    """One side of a connection: its exported objects, the proxies of the other side's, and
    the request/serve loop. `policy` guards what the other side may do and may send here."""

    def __init__(self, sock, policy, deadline=lambda: None):
        self.channel = Channel(sock)
        self.policy = policy
        self.deadline = deadline
        self.exports = {}
        self.export_ids = {}
        self.proxies = {}
        self.standins = {}
        self.seq = 0
        self.alive = True
        self.handlers = {}
        self.outgoing = lambda: {}
        self.incoming = lambda message: None
        self.on_call = None
        self.revive = None

    # ---- references ---------------------------------------------------------------------
    def export(self, obj):
        key = id(obj)
        handle = self.export_ids.get(key)
        if handle is None:
            handle = len(self.exports)
            self.exports[handle] = obj
            self.export_ids[key] = handle
        return handle

    def ref(self, obj):
        """The tag for an object that does not travel by value."""
        if isinstance(obj, Remote) and obj._el_peer is self:
            return {"l": obj._el_h}
        origin = getattr(obj, "_el_origin", None) if isinstance(obj, type) else None
        if origin is not None and origin[0] is self:
            return {"l": origin[1]}
        named = self.policy.name_of(obj)
        if named is not None:
            return named
        if isinstance(obj, type) and issubclass(obj, BaseException):
            bases = [self.encoder().encode(b) for b in obj.__bases__ if issubclass(b, BaseException)]
            return {"xc": self.export(obj), "n": obj.__name__, "mod": str(obj.__module__), "b": bases}
        return {"r": self.export(obj), **remote_meta(obj)}

    def deref(self, data):
        if "l" in data:
            try:
                return self.exports[data["l"]]
            except (KeyError, TypeError):
                raise codec.CodecError("a reference to an unknown object") from None
        if "r" in data:
            handle = data["r"]
            if handle not in self.proxies:
                self.proxies[handle] = Remote(self, handle, data)
            return self.proxies[handle]
        if "xc" in data:
            handle = data["xc"]
            if handle not in self.standins:
                bases = [self.decoder().decode(b) for b in data.get("b", [])]
                self.standins[handle] = exception_standin(self, handle, data, bases, self.policy)
            return self.standins[handle]
        if "bi" in data or "std" in data:
            return self.policy.resolve_name(data)
        raise codec.CodecError("unknown value encoding")

    def encoder(self, track=False, known=None):
        return codec.Encoder(self.ref, track=track, known=known)

    def decoder(self):
        return codec_decode.Decoder(self.deref)

    # ---- exceptions -----------------------------------------------------------------------
    def encode_exception(self, exc):
        enc = self.encoder()
        out = {"cls": enc.encode(type(exc)), "s": _safe_str(exc), "h": self.export(exc)}
        try:
            out["args"] = [enc.encode(a) for a in exc.args]
        except Exception:  # noqa: BLE001 - an argument that cannot cross: keep the text
            out["args"] = [_safe_str(exc)]
        attrs = {}
        for name, value in list(getattr(exc, "__dict__", {}).items())[:50]:
            if not name.startswith("_"):
                try:
                    attrs[name] = enc.encode(value)
                except Exception:  # noqa: BLE001
                    continue
        out["attrs"] = attrs
        out.update(self.policy.exception_details(exc))
        return out

    def decode_exception(self, data):
        try:
            dec = self.decoder()
            cls = dec.decode(data.get("cls"))
            args = [dec.decode(a) for a in data.get("args", [])]
            attrs = {k: dec.decode(v) for k, v in data.get("attrs", {}).items()}
        except codec.CodecError:
            cls, args, attrs = Exception, [str(data.get("s", ""))], {}
        cls = self.policy.exception_class(cls)
        exc = _instantiate(cls, args)
        for name, value in attrs.items():
            try:
                setattr(exc, name, value)
            except Exception:  # noqa: BLE001
                pass
        try:
            exc._el_str = str(data.get("s", ""))
            exc._el_handle = (self, data.get("h"))
            exc._el_details = {k: data[k] for k in ("tb", "line", "call") if k in data}
        except Exception:  # noqa: BLE001 - a built-in exception without a __dict__
            pass
        return exc

    # ---- requests -------------------------------------------------------------------------
    def request(self, op, obj=None, args=(), kwargs=None, **fields):
        if not self.alive:
            raise Lost("the program is no longer running", "lost")
        self.seq += 1
        n = self.seq
        enc = self.encoder(track=True)
        message = {"q": n, "op": op, **fields}
        if obj is not None:
            message["o"] = obj
        if args:
            message["args"] = [enc.encode(a) for a in args]
        if kwargs:
            message["kw"] = {str(k): enc.encode(v) for k, v in kwargs.items()}
        message.update(self.outgoing())
        self._send(message)
        while True:
            reply = self._recv()
            if "q" in reply:
                self.serve_one(reply)
                continue
            if reply.get("a") != n:
                self._fail("an answer came out of order")
            self._write_back(reply.get("wb"), enc)
            if "x" in reply:
                raise self.decode_exception(reply["x"])
            try:
                return self.decoder().decode(reply.get("v"))
            except codec.CodecError as exc:
                raise self.policy.bad_value(exc) from None

    def _send(self, message):
        try:
            self.channel.send(message)
        except Lost:
            self.alive = False
            raise

    def _recv(self):
        try:
            message = self.channel.recv(self.deadline())
        except Lost:
            self.alive = False
            raise
        self.incoming(message)
        return message

    def _fail(self, why):
        self.alive = False
        raise Lost(why, "protocol")

    def _write_back(self, changes, enc):
        if not changes:
            return
        dec = self.decoder()
        dec.tracked = dict(enumerate(enc.tracked))
        for index, data in changes:
            try:
                codec.replace_contents(enc.tracked[index], dec.decode(data))
            except (codec.CodecError, IndexError, TypeError) as exc:
                raise self.policy.bad_value(exc) from None

    def serve_forever(self):
        """Answers the other side's requests until it closes the connection."""
        try:
            while True:
                self.serve_one(self._recv())
        except Lost:
            return

    def serve_one(self, message):
        n = message.get("q")
        dec = self.decoder()
        before = {}
        try:
            target = dec.decode({"l": message["o"]}) if "o" in message else None
            args = [dec.decode(a) for a in message.get("args", [])]
            kwargs = {k: dec.decode(v) for k, v in message.get("kw", {}).items()}
            before = {i: codec.snapshot(c) for i, c in dec.tracked.items()}
            value = self.dispatch(str(message.get("op")), target, args, kwargs, message)
            reply = {"a": n, "v": self.encoder().encode(value)}
        except Lost:
            raise
        except BaseException as exc:  # noqa: BLE001 - the other side's exceptions travel back
            reply = {"a": n, "x": self.encode_exception(exc)}
        changes = self._changes(dec, before)
        if changes:
            reply["wb"] = changes
        reply.update(self.outgoing())
        try:
            self._send(reply)
        except codec.CodecError as exc:
            self._send({"a": n, "x": self.encode_exception(exc), **self.outgoing()})

    def _changes(self, dec, before):
        known = {id(c): i for i, c in dec.tracked.items()}
        enc = self.encoder(known=known)
        out = []
        for index, snap in before.items():
            container = dec.tracked[index]
            if codec.changed(container, snap):
                out.append([index, codec.contents(container, enc)])
        return out

    def dispatch(self, op, target, args, kwargs, message):
        if op in self.handlers:
            return self.handlers[op](*args, **kwargs)
        return self.policy.serve(op, target, args, kwargs, message)


def _safe_str(exc):
    try:
        return str(exc)[:4000]
    except Exception:  # noqa: BLE001
        return type(exc).__name__


def _instantiate(cls, args):
    try:
        return cls(*args)
    except Exception:  # noqa: BLE001 - a constructor with another signature
        exc = cls.__new__(cls)
        BaseException.__init__(exc, *args)
        return exc


def socketpair():
    return socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
