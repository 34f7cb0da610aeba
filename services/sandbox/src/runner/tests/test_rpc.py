"""The object protocol between two real processes (fork + socketpair), without a sandbox:
the student's side serves its module; the tester's side uses it through proxies."""

import os
import socket
import sys
import types
import unittest

import codec
import rpc
from policy import Policy, StudentInterrupt, TesterPolicy

STUDENT = """
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))
    __radd__ = __add__
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __repr__(self):
        return f"Money({self.cents})"

class Broke(ValueError):
    def __init__(self, message, short):
        super().__init__(message)
        self.short = short

def spend(n):
    raise Broke("not enough", n)

def apply(f, x):
    return f(x)

def reach(f):
    return f.__globals__

def mutate(items):
    items.append(99)

def interrupt():
    raise KeyboardInterrupt
"""


class RpcTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        tester, student = socket.socketpair()
        cls.pid = os.fork()
        if cls.pid == 0:
            tester.close()
            module = types.ModuleType("student")
            exec(STUDENT, module.__dict__)
            peer = rpc.Peer(student, Policy())
            peer.export(module)
            peer.serve_forever()
            os._exit(0)
        student.close()
        cls.peer = rpc.Peer(tester, TesterPolicy())
        cls.mod = cls.peer.deref({"r": 0, "t": "module"})

    @classmethod
    def tearDownClass(cls):
        cls.peer.channel.sock.close()
        os.waitpid(cls.pid, 0)

    def test_operators_and_equality_are_forwarded(self):
        m = self.mod.Money(5)
        self.assertEqual(m + 3, self.mod.Money(8))
        self.assertEqual(2 + m, self.mod.Money(7))
        self.assertTrue(m)
        self.assertFalse(self.mod.Money(0))
        self.assertEqual(repr(m), "Money(5)")
        self.assertEqual(len({m, self.mod.Money(5)}), 1)
        self.assertIsInstance(m, self.mod.Money)

    def test_exceptions_keep_class_hierarchy_and_attributes(self):
        with self.assertRaises(ValueError) as err:
            self.mod.spend(3)
        self.assertIsInstance(err.exception, self.mod.Broke)
        self.assertEqual(err.exception.short, 3)
        self.assertEqual(str(err.exception), "not enough")

    def test_callbacks_run_in_the_tester(self):
        self.assertEqual(self.mod.apply(lambda x: x * 10, 4), 40)

    def test_the_student_cannot_reach_the_testers_internals(self):
        with self.assertRaises(AttributeError):
            self.mod.reach(lambda x: x)

    def test_changed_arguments_are_written_back(self):
        items = [1]
        self.mod.mutate(items)
        self.assertEqual(items, [1, 99])

    def test_keyboard_interrupt_becomes_a_test_error_only(self):
        with self.assertRaises(StudentInterrupt):
            self.mod.interrupt()

    def test_missing_names(self):
        with self.assertRaises(AttributeError):
            _ = self.mod.nothing_here


class TesterPolicyTest(unittest.TestCase):
    def test_refuses_dangerous_names_from_the_student(self):
        policy = TesterPolicy()
        for data in (
            {"bi": "setattr"},
            {"bi": "eval"},
            {"std": ["os", "system"]},
            {"std": ["unittest", "TestCase"]},
            {"mod": "sys"},
            {"bi": "__import__"},
        ):
            # a refusal is a CodecError, the one error the harness reports as "cannot be passed"
            with self.subTest(data=data), self.assertRaises(codec.CodecError):
                policy.resolve_name(data)

    def test_accepts_values_and_exceptions_by_name(self):
        policy = TesterPolicy()
        self.assertIs(policy.resolve_name({"bi": "len"}), len)
        self.assertIs(
            policy.resolve_name({"std": ["json.decoder", "JSONDecodeError"]}), sys.modules["json"].JSONDecodeError
        )


if __name__ == "__main__":
    unittest.main()
