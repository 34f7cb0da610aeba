import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../src/domain/index.ts";

// The attack suite: every program in attacks/ tries to break out or hurt the
// host. Each must be contained (it never prints ESCAPED, it ends with one of
// the statuses its header allows), and a normal run right after must still
// answer correctly. Order matters for the pairs that probe for leftovers, so
// the suite runs on one worker, in file order.

const dir = join(import.meta.dirname, "attacks");
const ORDER = ["plant-file-for-next-run", "see-previous-run", "background-process-survives", "check-survivor"];
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".py"))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
function rank(f: string) {
  const i = ORDER.indexOf(f.replace(/\.py$/, ""));
  return i === -1 ? 100 : i;
}

describe("sandbox attack suite", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ workers: 1, timeoutMs: 2000 });
  });
  afterAll(() => sandbox.close());

  it("has at least 40 attack programs", () => expect(files.length).toBeGreaterThanOrEqual(40));

  it.each(files)("%s is contained, and the next run still works", async (file) => {
    const code = readFileSync(join(dir, file), "utf8");
    const allowed = /^# expect-status: (.*)$/m.exec(code)![1]!.split(/\s+/);
    const result = await sandbox.run({ code, timeoutMs: 2000 });
    expect(result.stdout).not.toContain("ESCAPED");
    expect(result.stderr).not.toContain("ESCAPED");
    expect(allowed, `status ${result.status}; stderr: ${result.stderr.slice(0, 300)}`).toContain(result.status);
    const after = await sandbox.run({ code: "print(sum(range(10)) - 3)\nimport os\nprint(sorted(os.listdir('.')))" });
    expect(after).toMatchObject({ status: "ok", stdout: "42\n[]\n" });
  });

  it("caps output at 64 KB with a visible marker", async () => {
    const r = await sandbox.run({ code: "print('x' * 200_000)" });
    expect(r.status).toBe("output-limit");
    expect(r.stdout.length).toBeLessThan(70 * 1024);
    expect(r.stdout).toContain("[output truncated");
  });

  it("answers the memory limit at 50 MB, not above and not far below", async () => {
    expect((await sandbox.run({ code: "x = bytearray(30 * 1024 * 1024)\nprint('fits')" })).stdout).toBe("fits\n");
    expect((await sandbox.run({ code: "x = bytearray(80 * 1024 * 1024)\nprint('too big')" })).status).toBe("memory");
  });
});

describe("grading cannot be forged", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ workers: 1 });
  });
  afterAll(() => sandbox.close());

  const tests = `import unittest
from student import double


class TestDouble(unittest.TestCase):
    def test_two(self):
        self.assertEqual(double(2), 4, "double(2) should be 4")

    def test_ten(self):
        self.assertEqual(double(10), 20, "double(10) should be 20")

    def test_true(self):
        self.assertTrue(double(1) == 2, "double(1) should be 2")
`;
  const forgeries: [string, string][] = [
    [
      "prints a fake unittest report",
      "def double(x):\n    return 0\nprint('...\\n----\\nRan 3 tests in 0.001s\\n\\nOK')\n",
    ],
    ["exits with 0 before the tests run", "import sys\nsys.exit(0)\n"],
    ["calls os._exit(0)", "import os\nos._exit(0)\n"],
    [
      "patches unittest's assertions",
      "import unittest\nunittest.TestCase.assertEqual = lambda *a, **k: None\nunittest.TestCase.assertTrue = lambda *a, **k: None\ndef double(x):\n    return 0\n",
    ],
    [
      "patches unittest.TestResult to report success",
      "import unittest\nunittest.TestResult.addFailure = unittest.TestResult.addSuccess\nunittest.TestResult.addError = unittest.TestResult.addSuccess\ndef double(x):\n    return 0\n",
    ],
    [
      "returns an object that equals everything",
      "class Any:\n    def __eq__(self, other):\n        return True\n    def __bool__(self):\n        return True\ndef double(x):\n    return Any()\n",
    ],
    [
      "returns an int subclass with a rigged ==",
      "class Sly(int):\n    def __eq__(self, other):\n        return True\ndef double(x):\n    return Sly(0)\n",
    ],
    [
      "patches builtins",
      "import builtins\nbuiltins.isinstance = lambda *a: True\nbuiltins.AssertionError = type('Nope', (Exception,), {})\ndef double(x):\n    return 0\n",
    ],
    [
      "writes forged verdicts to every descriptor",
      "import os, json\nfor fd in range(0, 64):\n    try:\n        os.write(fd, json.dumps({'tests': [], 'summary': {'passed': 3, 'failed': 0, 'errors': 0, 'total': 3}}).encode())\n    except OSError:\n        pass\ndef double(x):\n    return 0\n",
    ],
    [
      "reads the hidden tests from disk",
      "import os\ndef double(x):\n    found = [f for f in os.listdir('.') + os.listdir('/tmp')]\n    raise ValueError('files: ' + repr(found))\n",
    ],
    [
      "kills the tester",
      "import os, signal\nfor pid in range(2, 50):\n    try:\n        os.kill(pid, signal.SIGKILL)\n    except OSError:\n        pass\ndef double(x):\n    return 0\n",
    ],
  ];

  it.each(forgeries)("a student who %s does not pass", async (_what, code) => {
    const r = await sandbox.runTests({ code, tests });
    expect(r.summary.passed, JSON.stringify(r)).toBe(0);
    expect(r.tests.every((t) => !t.passed)).toBe(true);
    // the hidden tests' source never reaches the student's side
    expect(JSON.stringify(r)).not.toContain("import unittest");
    expect(JSON.stringify(r)).not.toContain("class TestDouble");
  });

  it("a correct solution passes every test, and its failures read clearly", async () => {
    const ok = await sandbox.runTests({ code: "def double(x):\n    return x * 2\n", tests });
    expect(ok.summary).toEqual({ passed: 3, failed: 0, errors: 0, total: 3 });
    const wrong = await sandbox.runTests({ code: "def double(x):\n    return x + 2\n", tests });
    expect(wrong.summary).toMatchObject({ passed: 1, failed: 2 });
    expect(wrong.tests.find((t) => t.name.endsWith("test_ten"))?.message).toBe(
      "AssertionError: 12 != 20 : double(10) should be 20",
    );
  });
});

describe("grading across the process boundary", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ workers: 1 });
  });
  afterAll(() => sandbox.close());

  it("keeps the student's exception families and stdlib containers meaningful", async () => {
    const code = `from collections import Counter, namedtuple
class ShopError(Exception):
    pass
class OutOfStock(ShopError):
    pass
Point = namedtuple("Point", "x y")
def buy(n):
    raise OutOfStock("none left")
def letters(word):
    return Counter(word)
def origin():
    return Point(0, 0)
`;
    const tests = `import unittest
from student import OutOfStock, Point, ShopError, buy, letters, origin
class T(unittest.TestCase):
    def test_family(self):
        with self.assertRaises(ShopError):
            buy(1)
    def test_subclass(self):
        self.assertTrue(issubclass(OutOfStock, ShopError))
    def test_counter(self):
        self.assertEqual(letters("aab"), {"a": 2, "b": 1})
    def test_namedtuple(self):
        self.assertEqual(origin(), (0, 0))
`;
    const r = await sandbox.runTests({ code, tests });
    expect(
      r.tests.filter((t) => !t.passed),
      JSON.stringify(r.tests),
    ).toEqual([]);
  });

  it("lets tests capture what the student's functions print", async () => {
    const code = "def greet(name):\n    print(f'Hello, {name}!')\n";
    const tests =
      "import io\nimport unittest\nfrom contextlib import redirect_stdout\nfrom student import greet\nclass T(unittest.TestCase):\n    def test_prints(self):\n        buf = io.StringIO()\n        with redirect_stdout(buf):\n            greet('Ada')\n        self.assertEqual(buf.getvalue(), 'Hello, Ada!\\n')\n";
    const ok = await sandbox.runTests({ code, tests });
    expect(ok.summary, JSON.stringify(ok.tests)).toMatchObject({ passed: 1, total: 1 });
    const wrong = await sandbox.runTests({ code: "def greet(name):\n    print('Hi')\n", tests });
    expect(wrong.summary.passed).toBe(0);
  });

  it("lets tests feed input() with unittest.mock, and answers EOFError without it", async () => {
    const code = "def add_two():\n    a = int(input('a? '))\n    b = int(input('b? '))\n    return a + b\n";
    const tests =
      "import unittest\nfrom unittest.mock import patch\nfrom student import add_two\nclass T(unittest.TestCase):\n    def test_sum(self):\n        with patch('builtins.input', side_effect=['3', '4']):\n            self.assertEqual(add_two(), 7)\n    def test_no_input(self):\n        with self.assertRaises(EOFError):\n            add_two()\n";
    const r = await sandbox.runTests({ code, tests });
    expect(r.summary, JSON.stringify(r.tests)).toMatchObject({ passed: 2, total: 2 });
  });
});
