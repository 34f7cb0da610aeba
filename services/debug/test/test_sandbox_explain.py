"""Unit tests of the sandbox harness's explain() (services/sandbox/src/runner/explain.py), run with the
sandbox's own CPython and friendly-traceback on sys.path, as the harness will. Run by
sandbox-explain.int.test.ts; alone: EXPLAIN_LIB=<dir> python3 -m unittest test_sandbox_explain"""

import json
import os
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "sandbox", "src", "runner"))
import explain  # noqa: E402

LIB = os.environ.get("EXPLAIN_LIB", "")


def run(source, filename="main.py", use_library=True):
    explain._friendly = None if use_library else False
    if use_library:
        assert explain.preload(LIB), f"friendly-traceback not importable from {LIB!r}"
    try:
        exec(compile(source, filename, "exec"), {"__name__": "__main__"})
    except BaseException as exc:  # noqa: BLE001
        report = explain.explain(exc, source, filename)
        json.dumps(report)  # JSON-safe, or this raises
        return report
    raise AssertionError("the program did not fail")


class WithFriendlyTraceback(unittest.TestCase):
    def test_index_error_names_the_real_index_and_length(self):
        r = run("marks = list(range(40))\nprint(marks[60])\n")
        self.assertEqual(r["engine"], "friendly-traceback")
        self.assertEqual((r["type"], r["line"]), ("IndexError", 2))
        self.assertIn("`60`", r["cause"])
        self.assertIn("`40`", r["cause"])
        self.assertEqual(r["variables"][0]["name"], "marks")
        self.assertEqual(r["variables"][0]["len"], 40)

    def test_syntax_error_from_compile_has_line_column_and_cause(self):
        r = run("d = {'a': 1}}\nprint(d)\n")
        self.assertEqual((r["type"], r["line"], r["column"]), ("SyntaxError", 1, 13))
        self.assertIn("`}`", r["cause"])
        self.assertEqual(r["lineText"], "d = {'a': 1}}")
        self.assertNotIn("variables", r)

    def test_cause_is_one_paragraph_without_sandbox_paths(self):
        r = run("count = 0\ndef add():\n    count += 1\nadd()\n")
        self.assertIn("global count", r["cause"])
        self.assertNotIn("/", r["cause"].replace("`", ""))
        self.assertNotIn("\n\n\n", r["cause"])

    def test_drops_friendly_tracebacks_i_do_not_know(self):
        r = run("import math\nprint(math.sqrt(-1))\n")
        self.assertNotIn("cause", r)
        self.assertIn("generic", r)

    def test_no_student_repr_runs(self):
        started = time.monotonic()
        r = run(
            "class Slow:\n    def __repr__(self):\n        while True:\n            pass\nx = Slow()\nprint(x + 1)\n"
        )
        self.assertLess(time.monotonic() - started, 2)
        self.assertEqual(r["variables"], [{"name": "x", "scope": "local", "type": "Slow"}])

    def test_deep_recursion_is_fast_and_folded(self):
        started = time.monotonic()
        r = run("def down(n):\n    return down(n + 1)\ndown(0)\n")
        self.assertLess(time.monotonic() - started, 1)
        self.assertEqual(r["type"], "RecursionError")
        self.assertGreater(max(f.get("repeat", 1) for f in r["frames"]), 100)

    def test_never_quotes_another_file(self):
        # an error raised in hidden test code that called the student's function must not show that code
        secret = "def check(f):\n    return f(1) + len('SECRET_EXPECTED')\n"
        helper = {}
        exec(compile(secret, "tests.py", "exec"), helper)
        explain.preload(LIB)
        try:
            exec(compile("def f(a, b):\n    return a\ncheck(f)\n", "main.py", "exec"), {"check": helper["check"]})
        except TypeError as exc:
            r = explain.explain(exc, "def f(a, b):\n    return a\ncheck(f)\n", "main.py")
        self.assertTrue(r["raisedOutside"])
        self.assertNotIn("SECRET_EXPECTED", json.dumps(r))
        self.assertNotIn("cause", r)


class WithoutTheLibrary(unittest.TestCase):
    def test_basic_facts_still_come(self):
        r = run("age = 12\nprint('I am ' + age)\n", use_library=False)
        self.assertEqual(r["engine"], "basic")
        self.assertEqual(r["variables"], [{"name": "age", "scope": "local", "type": "int", "repr": "12"}])
        self.assertIn("-->  2| print('I am ' + age)", r["source"])

    def test_function_that_prints_instead_of_returning(self):
        r = run("def average(a, b):\n    (a + b) / 2\naverage(2, 4) + 1\n", use_library=False)
        self.assertEqual(
            r["variables"][0], {"name": "average", "scope": "local", "type": "function", "returnsValue": False}
        )


class NeverRaises(unittest.TestCase):
    def test_exception_whose_str_fails(self):
        class Weird(Exception):
            def __str__(self):
                raise RuntimeError("no")

        r = explain.explain(Weird(), "x = 1\n", "main.py")
        self.assertEqual(r["type"], "Weird")

    def test_odd_inputs(self):
        for exc, source in ((ValueError("x"), None), (KeyError(object()), "\x00\ud800"), (SyntaxError(), 5)):
            r = explain.explain(exc, source, "main.py")
            json.dumps(r)
            self.assertEqual(r["version"], 1)

    def test_size_is_capped(self):
        explain.preload(LIB)
        r = explain.explain(ValueError("x" * 10_000_000), "y = 1\n" * 100_000, "main.py")
        self.assertLessEqual(len(json.dumps(r)), explain.MAX_BYTES)
        many = (
            "\n".join(f"v{i} = {i}" for i in range(400))
            + "\nprint("
            + " + ".join(f"v{i}" for i in range(400))
            + " + 'x')\n"
        )
        r = run(many)
        self.assertLessEqual(len(json.dumps(r)), explain.MAX_BYTES)
        self.assertLessEqual(len(r["variables"]), 12)


if __name__ == "__main__":
    unittest.main()
