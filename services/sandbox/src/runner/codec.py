"""Values crossing the grader's process boundary.

Plain data travels by value as JSON with a one-key tag for what JSON lacks: containers,
bytes, special floats, and a strict allowlist of standard-library value types (datetime
family, Decimal, Fraction, complex, range, slice, the collections containers). Anything
else is a reference to an object that stays in its own process (see rpc.py). Decoding is in
codec_decode.py.

Mutable containers passed as arguments are numbered ("m"), so that after a call the callee
can send back what it changed and the caller updates its own objects in place: a function
that sorts the list it was given behaves as it would in one process."""

import base64
import collections
import datetime
import decimal
import fractions
import math
import operator

PRIMITIVES = (type(None), bool, int, str)
MAX_DEPTH = 200


class CodecError(ValueError):
    """A value that cannot cross, or a message that does not decode."""


def _float(value):
    return value if math.isfinite(value) else {"f": repr(value)}


def _tz(tz):
    if tz is None:
        return None
    offset = tz.utcoffset(None)
    if offset is None:
        return None
    name = tz.tzname(None) if isinstance(tz, datetime.timezone) else None
    return [offset.days, offset.seconds, offset.microseconds, name]


class Encoder:
    """Encodes one message. `ref` turns an object that does not travel by value into a tag;
    `tracked` collects the mutable containers of a call's arguments (for write-back)."""

    def __init__(self, ref, track=False, known=None):
        self.ref = ref
        self.track = track
        self.tracked = []
        self.index = {}
        # containers the other side already holds (write-back): id -> index
        self.known = known or {}

    def encode(self, value, depth=0):
        if depth > MAX_DEPTH:
            raise CodecError("a value is nested too deeply to pass")
        t = type(value)
        if t is int and value.bit_length() > 10_000:
            # beyond what int-to-text conversion allows by default (4300 digits): as hex
            return {"i": hex(value)}
        if t in PRIMITIVES:
            return value
        if t is float:
            return _float(value)
        key = id(value)
        if key in self.known:
            return {"mr": self.known[key]}
        if key in self.index:
            return {"mr": self.index[key]}
        if t is list or t is dict or t is set or t is bytearray:
            return self._mutable(value, t, depth)
        if t is tuple:
            return {"T": [self.encode(v, depth + 1) for v in value]}
        if t is frozenset:
            return {"F": [self.encode(v, depth + 1) for v in value]}
        if t is bytes:
            return {"B": base64.b64encode(value).decode()}
        if t is complex:
            return {"c": [_float(value.real), _float(value.imag)]}
        tagged = self._stdlib(value, t, depth)
        if tagged is not None:
            return tagged
        return self.ref(value)

    def _mutable(self, value, t, depth):
        out = {}
        if self.track:
            out["m"] = len(self.tracked)
            self.index[id(value)] = out["m"]
            self.tracked.append(value)
        if t is list:
            out["L"] = [self.encode(v, depth + 1) for v in value]
        elif t is dict:
            out["D"] = [[self.encode(k, depth + 1), self.encode(v, depth + 1)] for k, v in value.items()]
        elif t is set:
            out["S"] = [self.encode(v, depth + 1) for v in value]
        else:
            out["BA"] = base64.b64encode(bytes(value)).decode()
        return out

    def _pairs(self, value, depth):
        return [[self.encode(k, depth + 1), self.encode(v, depth + 1)] for k, v in dict.items(value)]

    def _stdlib(self, value, t, depth):
        if t is datetime.datetime:
            fields = [value.year, value.month, value.day, value.hour, value.minute, value.second]
            return {"dt": fields + [value.microsecond, _tz(value.tzinfo), value.fold]}
        if t is datetime.date:
            return {"d": value.toordinal()}
        if t is datetime.time:
            fields = [value.hour, value.minute, value.second, value.microsecond]
            return {"tm": fields + [_tz(value.tzinfo), value.fold]}
        if t is datetime.timedelta:
            return {"td": [value.days, value.seconds, value.microseconds]}
        if t is datetime.timezone:
            return {"tz": _tz(value)}
        if t is decimal.Decimal:
            return {"dec": str(value)}
        if t is fractions.Fraction:
            return {"fr": [value.numerator, value.denominator]}
        if t is range:
            return {"rg": [value.start, value.stop, value.step]}
        if t is slice:
            return {"sl": [self.encode(value.start), self.encode(value.stop), self.encode(value.step)]}
        if value is Ellipsis:
            return {"el": 1}
        if t is collections.Counter:
            return {"CT": self._pairs(value, depth)}
        if t is collections.OrderedDict:
            return {"OD": self._pairs(value, depth)}
        if t is collections.defaultdict:
            return {"DD": self._pairs(value, depth), "fac": self.encode(value.default_factory, depth + 1)}
        if t is collections.deque:
            return {"DQ": [self.encode(v, depth + 1) for v in value], "max": value.maxlen}
        return None


def contents(container, encoder, depth=0):
    """The encoded contents of a tracked container, for write-back."""
    t = type(container)
    if t is list:
        return {"L": [encoder.encode(v, depth + 1) for v in container]}
    if t is dict:
        return {"D": [[encoder.encode(k, depth + 1), encoder.encode(v, depth + 1)] for k, v in container.items()]}
    if t is set:
        return {"S": [encoder.encode(v, depth + 1) for v in container]}
    return {"BA": base64.b64encode(bytes(container)).decode()}


def replace_contents(container, new):
    """Makes `container` hold what `new` holds, keeping its identity."""
    t = type(container)
    if t is not type(new):
        raise CodecError("a container changed type")
    if t is list or t is bytearray:
        container[:] = new
    else:
        container.clear()
        container.update(new)


def snapshot(container):
    """What a container holds, kept alive, to tell later whether a call changed it."""
    if type(container) is dict:
        return list(container.items())
    if type(container) is bytearray:
        return bytes(container)
    return list(container)


def changed(container, before):
    """Whether a call changed a container: other items, or the same values as other objects."""
    if type(container) is bytearray:
        return bytes(container) != before
    now = list(container.items()) if type(container) is dict else list(container)
    if len(now) != len(before):
        return True
    if type(container) is dict:
        return any(k is not k0 or v is not v0 for (k, v), (k0, v0) in zip(now, before, strict=True))
    return any(map(operator.is_not, now, before))
