import collections
import enum
import unittest

import student


class RecordsTest(unittest.TestCase):
    def test_namedtuple_equals_a_tuple(self):
        self.assertEqual(student.point(1, 2), (1, 2))
        self.assertEqual(student.point(1, 2).x, 1)

    def test_namedtuple_is_a_tuple(self):
        self.assertIsInstance(student.point(0, 0), tuple)

    def test_enum_members(self):
        self.assertIs(student.traffic("stop"), student.Light.RED)
        self.assertEqual(student.traffic("go").value, "green")
        self.assertEqual(student.Light("amber"), student.Light.AMBER)

    def test_enum_is_an_enum(self):
        self.assertTrue(issubclass(student.Light, enum.Enum))

    def test_dataclass_equality(self):
        self.assertEqual(student.Student("Ada", 13), student.Student("Ada", 13))
        self.assertEqual(student.Student("Ada", 13).name, "Ada")

    def test_dataclass_ordering(self):
        people = [student.Student("B", 14), student.Student("A", 12)]
        self.assertEqual([p.name for p in sorted(people)], ["A", "B"])

    def test_counter_result(self):
        self.assertEqual(student.letters("aab"), collections.Counter({"a": 2, "b": 1}))
        self.assertEqual(student.letters("aab").most_common(1), [("a", 2)])

    def test_defaultdict_result(self):
        groups = student.by_length(["a", "bb", "cc"])
        self.assertEqual(groups, {1: ["a"], 2: ["bb", "cc"]})
        self.assertEqual(groups[3], [])
