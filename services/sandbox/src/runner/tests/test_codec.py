"""The value codec alone: what travels by value comes back equal and of the same type."""

import collections
import datetime
import decimal
import fractions
import json
import math
import unittest

import codec
import codec_decode


def roundtrip(value):
    refs = []
    enc = codec.Encoder(lambda obj: refs.append(obj) or {"r": len(refs) - 1})
    data = json.loads(json.dumps(enc.encode(value)))
    return codec_decode.Decoder(lambda tag: refs[tag["r"]]).decode(data)


class CodecTest(unittest.TestCase):
    def test_plain_and_stdlib_values_keep_value_and_type(self):
        values = [
            None,
            True,
            0,
            -7,
            2**80,
            2**40000,
            1.5,
            "héllo\U0001f40d",
            b"\x00\xff",
            bytearray(b"ab"),
            [1, [2]],
            (1, (2,)),
            {1: "a", "b": [2]},
            {1, 2},
            frozenset({3}),
            3 + 4j,
            datetime.date(2015, 3, 30),
            datetime.datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=datetime.UTC),
            datetime.time(1, 2),
            datetime.timedelta(days=2, seconds=3),
            decimal.Decimal("19.99"),
            fractions.Fraction(1, 3),
            range(1, 10, 2),
            slice(1, None, 2),
            Ellipsis,
            collections.Counter("aab"),
            collections.OrderedDict(b=1, a=2),
            collections.deque([1, 2], maxlen=3),
        ]
        for value in values:
            with self.subTest(kind=type(value).__name__):
                back = roundtrip(value)
                self.assertEqual(back, value)
                self.assertIs(type(back), type(value))

    def test_special_floats(self):
        self.assertTrue(math.isnan(roundtrip(float("nan"))))
        self.assertEqual(roundtrip(float("-inf")), float("-inf"))

    def test_defaultdict_keeps_its_factory(self):
        back = roundtrip(collections.defaultdict(list, {1: [2]}))
        self.assertEqual(back[5], [])

    def test_everything_else_is_a_reference(self):
        marker = object()
        self.assertIs(roundtrip([marker])[0], marker)

    def test_cycles_and_shared_containers(self):
        shared = [1]
        value = [shared, shared]
        value.append(value)
        enc = codec.Encoder(lambda obj: {"r": 0}, track=True)
        back = codec_decode.Decoder(lambda tag: None).decode(json.loads(json.dumps(enc.encode(value))))
        self.assertIs(back[0], back[1])
        self.assertIs(back[2], back)

    def test_changes_are_detected_by_identity(self):
        items = [1000, [2]]
        before = codec.snapshot(items)
        self.assertFalse(codec.changed(items, before))
        items[0] = int("1000")
        self.assertTrue(codec.changed(items, before))

    def test_malformed_data_is_refused(self):
        dec = codec_decode.Decoder(lambda tag: None)
        for bad in ({"L": 5}, {"D": [[1]]}, {"B": "!!"}, {"dt": [1]}, {}, [1], {"mr": 9}):
            with self.subTest(bad=bad):
                with self.assertRaises(codec.CodecError):
                    dec.decode(bad)

    def test_depth_is_bounded(self):
        deep = 0
        for _ in range(500):
            deep = {"L": [deep]}
        with self.assertRaises(codec.CodecError):
            codec_decode.Decoder(lambda tag: None).decode(deep)


if __name__ == "__main__":
    unittest.main()
