"""Decoding the values that cross the grader's process boundary: the tags codec.py writes.

A malformed message raises CodecError. Reference tags are resolved by `deref` (rpc.py);
containers the sender numbered ("m") are collected in `tracked`, so that what a call changed
in them can be written back."""

import base64
import collections
import datetime
import decimal
import fractions

from codec import MAX_DEPTH, CodecError


def _untz(data):
    if data is None:
        return None
    offset = datetime.timedelta(days=data[0], seconds=data[1], microseconds=data[2])
    if offset == datetime.timedelta(0) and data[3] == "UTC":
        return datetime.UTC
    return datetime.timezone(offset, data[3]) if data[3] else datetime.timezone(offset)


class Decoder:
    """Decodes one message. `deref` resolves reference tags; `tracked` receives the mutable
    containers numbered by the sender, in order, so their changes can be sent back."""

    def __init__(self, deref):
        self.deref = deref
        self.tracked = {}

    def decode(self, data, depth=0):
        if depth > MAX_DEPTH:
            raise CodecError("a value is nested too deeply")
        if data is None or type(data) in (bool, int, str, float):
            return data
        if type(data) is not dict or len(data) == 0:
            raise CodecError("unknown value encoding")
        if "mr" in data:
            try:
                return self.tracked[data["mr"]]
            except (KeyError, TypeError):
                raise CodecError("a reference to an unknown container") from None
        d = depth + 1
        if "L" in data:
            out = self._track(data, [])
            out.extend(self.decode(v, d) for v in _items(data["L"]))
            return out
        if "D" in data:
            out = self._track(data, {})
            out.update((self.decode(k, d), self.decode(v, d)) for k, v in _pairs(data["D"]))
            return out
        if "S" in data:
            out = self._track(data, set())
            out.update(self.decode(v, d) for v in _items(data["S"]))
            return out
        if "BA" in data:
            return self._track(data, bytearray(_b64(data["BA"])))
        if "T" in data:
            return tuple(self.decode(v, d) for v in _items(data["T"]))
        if "F" in data:
            return frozenset(self.decode(v, d) for v in _items(data["F"]))
        return self._other(data, d)

    def _track(self, data, empty):
        if "m" in data:
            self.tracked[data["m"]] = empty
        return empty

    def _other(self, data, d):
        try:
            return self._value(data, d)
        except CodecError:
            raise
        except (TypeError, ValueError, OverflowError, IndexError, decimal.InvalidOperation) as exc:
            raise CodecError(f"a value did not decode ({exc})") from None

    def _value(self, data, d):
        if "f" in data:
            return float(str(data["f"]))
        if "i" in data:
            return int(str(data["i"]), 16)
        if "B" in data:
            return _b64(data["B"])
        if "c" in data:
            re, im = data["c"]
            return complex(self.decode(re, d), self.decode(im, d))
        if "dt" in data:
            y, mo, day, h, mi, s, us, tz, fold = data["dt"]
            return datetime.datetime(y, mo, day, h, mi, s, us, tzinfo=_untz(tz), fold=fold)
        if "d" in data:
            return datetime.date.fromordinal(data["d"])
        if "tm" in data:
            h, mi, s, us, tz, fold = data["tm"]
            return datetime.time(h, mi, s, us, tzinfo=_untz(tz), fold=fold)
        if "td" in data:
            return datetime.timedelta(days=data["td"][0], seconds=data["td"][1], microseconds=data["td"][2])
        if "tz" in data:
            return _untz(data["tz"])
        if "dec" in data:
            return decimal.Decimal(str(data["dec"]))
        if "fr" in data:
            return fractions.Fraction(data["fr"][0], data["fr"][1])
        if "rg" in data:
            return range(*data["rg"])
        if "sl" in data:
            return slice(*(self.decode(v, d) for v in data["sl"]))
        if "el" in data:
            return Ellipsis
        if "CT" in data:
            return collections.Counter(dict(self._decoded_pairs(data["CT"], d)))
        if "OD" in data:
            return collections.OrderedDict(self._decoded_pairs(data["OD"], d))
        if "DD" in data:
            return collections.defaultdict(self.decode(data["fac"], d), self._decoded_pairs(data["DD"], d))
        if "DQ" in data:
            return collections.deque((self.decode(v, d) for v in _items(data["DQ"])), data["max"])
        return self.deref(data)

    def _decoded_pairs(self, pairs, d):
        return [(self.decode(k, d), self.decode(v, d)) for k, v in _pairs(pairs)]


def _items(value):
    if type(value) is not list:
        raise CodecError("a container is malformed")
    return value


def _pairs(value):
    for pair in _items(value):
        if type(pair) is not list or len(pair) != 2:
            raise CodecError("a mapping is malformed")
        yield pair


def _b64(text):
    try:
        return base64.b64decode(str(text), validate=True)
    except ValueError:
        raise CodecError("bytes are malformed") from None
