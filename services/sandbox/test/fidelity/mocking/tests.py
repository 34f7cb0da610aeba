import unittest
from unittest import mock

import student


class MockingTest(unittest.TestCase):
    def test_patch_a_name_in_the_module(self):
        with mock.patch("student.fetch_price", return_value=5) as fake:
            self.assertEqual(student.total(["a", "b"]), 10)
        fake.assert_has_calls([mock.call("a"), mock.call("b")])

    def test_patch_is_undone(self):
        with mock.patch("student.fetch_price", return_value=1):
            pass
        self.assertEqual(student.total(["x"]), 3)

    @mock.patch("builtins.input", side_effect=["Ada", "13"])
    def test_input_is_answered(self, fake_input):
        self.assertEqual(student.greet(), "Hello Ada, next year you will be 14")
        self.assertEqual(fake_input.call_count, 2)

    def test_patch_random(self):
        with mock.patch("random.randint", return_value=4):
            self.assertEqual(student.roll_dice(), 4)

    def test_mock_object_passed_in(self):
        sender = mock.Mock()
        student.notify(sender, ["a@x", "b@x"])
        sender.send.assert_called_with("b@x", "Hi")
        self.assertEqual(sender.send.call_count, 2)

    def test_magic_mock_protocols(self):
        box = mock.MagicMock()
        box.__len__.return_value = 3
        self.assertEqual(student.size_of(box), 3)

    def test_patch_object(self):
        with mock.patch.object(student, "TAX", 0):
            self.assertEqual(student.with_tax(100), 100)
        self.assertEqual(student.with_tax(100), 120)

    def test_patch_time(self):
        with mock.patch("time.time", return_value=1000.0):
            self.assertEqual(student.seconds_since(990.0), 10.0)
