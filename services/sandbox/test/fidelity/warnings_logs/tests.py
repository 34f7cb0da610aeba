import logging
import unittest

from student import load_settings, old_api, transfer


class WarningsAndLogsTest(unittest.TestCase):
    def test_deprecation_warning(self):
        with self.assertWarns(DeprecationWarning):
            old_api()

    def test_warning_message(self):
        with self.assertWarnsRegex(UserWarning, "missing key 'name'"):
            load_settings({})

    def test_no_warning_when_complete(self):
        self.assertEqual(load_settings({"name": "x"}), {"name": "x"})

    def test_logs_info(self):
        with self.assertLogs("bank", level="INFO") as logs:
            transfer(10)
        self.assertEqual(logs.output, ["INFO:bank:moved 10"])

    def test_logs_warning_on_root(self):
        with self.assertLogs(level=logging.WARNING) as logs:
            transfer(-1)
        self.assertIn("WARNING:bank:negative amount -1", logs.output)

    def test_no_logs(self):
        with self.assertNoLogs("bank", level="ERROR"):
            transfer(5)
