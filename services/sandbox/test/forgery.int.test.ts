import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../src/domain/index.ts";
import { unittestVerdicts } from "./support/unittest-oracle.ts";

// Grade forgery: programs that solve nothing and try to pass anyway. None may pass a test here,
// and none may pass a test that `python -m unittest` fails on the same code (some of these,
// such as patching unittest itself, do fool unittest, which runs everything in one process).

const tests = `import unittest
from student import apply, double


class TestDouble(unittest.TestCase):
    def test_two(self):
        self.assertEqual(double(2), 4, "double(2) should be 4")

    def test_ten(self):
        expected = 20
        self.assertEqual(double(10), expected)

    def test_true(self):
        self.assertTrue(double(1) == 2)

    def test_callback(self):
        self.assertEqual(apply(lambda x: x + 1, 41), 42)
`;

const none = "def double(x):\n    return 0\n\ndef apply(f, x):\n    return 0\n";
const forgeries: [string, string][] = [
  ["prints a fake unittest report", `${none}print('....\\n----\\nRan 4 tests in 0.001s\\n\\nOK')\n`],
  ["exits with 0 before the tests run", "import sys\nsys.exit(0)\n"],
  ["calls os._exit(0) while loading", "import os\nos._exit(0)\n"],
  ["calls os._exit(0) when called", "import os\ndef double(x):\n    os._exit(0)\ndef apply(f, x):\n    os._exit(0)\n"],
  [
    "patches unittest's assertions",
    `import unittest\nunittest.TestCase.assertEqual = lambda *a, **k: None\nunittest.TestCase.assertTrue ` +
      `= lambda *a, **k: None\n${none}`,
  ],
  [
    "makes every failure a success",
    `import unittest\nunittest.TestResult.addFailure = unittest.TestResult.addSuccess\nunittest.TestResult.addError ` +
      `= unittest.TestResult.addSuccess\n${none}`,
  ],
  [
    "patches builtins",
    `import builtins\nbuiltins.isinstance = lambda *a: True\nbuiltins.AssertionError = type('X', ` +
      `(Exception,), {})\n${none}`,
  ],
  [
    "writes forged results to every descriptor",
    `import os, json\nline = json.dumps({'name': 'TestDouble.test_two', 'passed': True, 'outcome': ` +
      `'passed', 'message': ''}) + '\\n'\nfor fd in range(0, 64):\n    try:\n        os.write(fd, ` +
      `line.encode() * 4)\n    except OSError:\n        pass\n${none}`,
  ],
  [
    "looks for the hidden tests on disk",
    "import os\ndef double(x):\n    raise ValueError(repr([(d, os.listdir(d)) for d in ('.', '/tmp', " +
      "'/sandbox')]))\napply = double\n",
  ],
  [
    "kills every process it can",
    `import os, signal\nfor pid in list(range(1, 300)) + [-1]:\n    try:\n        os.kill(pid, ` +
      `signal.SIGKILL)\n    except OSError:\n        pass\n${none}`,
  ],
  [
    "reads the expected value from the caller's frame",
    "import sys\ndef double(x):\n    f = sys._getframe(1)\n    for c in f.f_code.co_consts:\n        if " +
      "isinstance(c, int) and c == x * 2:\n            return c\n    return f.f_locals.get('expected', 0)\ndef " +
      "apply(f, x):\n    return sys._getframe(1).f_locals.get('expected', 0)\n",
  ],
  [
    "reaches the tests through a function they pass in",
    "def apply(f, x):\n    g = f.__globals__\n    g['unittest'].TestCase.assertEqual = lambda *a: None\n    " +
      "return 0\ndef double(x):\n    return 0\n",
  ],
  [
    "reaches the tests through a passed function's closure and code",
    "def apply(f, x):\n    return (f.__code__, f.__closure__, type(f).__dict__, f.gi_frame)\ndef double(x):\n    " +
      "return 0\n",
  ],
  [
    "skips the tests",
    "import unittest\ndef double(x):\n    raise unittest.SkipTest('no')\napply = lambda f, x: double(x)\n",
  ],
  ["interrupts the tests", "def double(x):\n    raise KeyboardInterrupt\napply = lambda f, x: double(x)\n"],
  [
    "shadows modules the tester imports",
    `for name in ('unittest.py', 'tests.py', 'json.py', 'rpc.py'):\n    open('/tmp/' + name, ` +
      `'w').write('raise SystemExit(0)\\n')\n${none}`,
  ],
  [
    "talks to the tester's socket directly",
    `import json, socket, struct, threading\nsock = socket.socket(fileno=4)\ndef spam():\n  ` +
      `  msg = json.dumps({'a': 1, 'v': 4}).encode()\n    for _ in range(50):\n        try:\n ` +
      `           sock.sendall(struct.pack('>I', len(msg)) + msg)\n        except OSError:\n  ` +
      `          return\nthreading.Thread(target=spam).start()\n${none}`,
  ],
  [
    "returns values nested too deeply to read",
    "def double(x):\n    v = 0\n    for _ in range(5000):\n        v = [v]\n    return v\napply = lambda f, x: " +
      "double(x)\n",
  ],
];

describe("grading cannot be forged", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ workers: 1 });
  });
  afterAll(() => sandbox.close());

  it.each(forgeries)("a student who %s passes nothing", async (_what, code) => {
    const r = await sandbox.runTests({ code, tests, timeoutMs: 5000 });
    expect(r.summary.passed, JSON.stringify(r.tests)).toBe(0);
    expect(r.tests.every((t) => !t.passed)).toBe(true);
    // the hidden tests' source never reaches the student's side
    expect(r.stdout + r.stderr + JSON.stringify(r.error)).not.toContain("class TestDouble");
    const oracle = unittestVerdicts({ code, tests, moduleName: "student", testModule: "tests" });
    for (const t of r.tests) if (t.passed) expect(oracle[t.name]).toBe("passed");
  });

  it("still passes a correct solution, and says why a wrong one fails", async () => {
    const good = "def double(x):\n    return x * 2\n\ndef apply(f, x):\n    return f(x)\n";
    expect((await sandbox.runTests({ code: good, tests })).summary).toMatchObject({ passed: 4, total: 4 });
    const wrong = await sandbox.runTests({ code: good.replace("x * 2", "x + 2"), tests });
    expect(wrong.summary).toMatchObject({ passed: 2, failed: 2 });
    const ten = wrong.tests.find((t) => t.name === "TestDouble.test_ten");
    expect(ten).toMatchObject({ call: "double(10)", actual: "12", expected: "20" });
    expect(ten?.message).toBe("double(10) returned 12, but the test expected 20.");
  });
});
