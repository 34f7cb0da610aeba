import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../src/domain/index.ts";

// A limit the student's code hits during one test is reported on that test, in words, and the
// next test starts with a fresh process; the tester's own allowance is separate.

const tests = `import unittest
import student


class LimitsTest(unittest.TestCase):
    def test_a_runaway(self):
        self.assertEqual(student.runaway(), 1)

    def test_b_normal(self):
        self.assertEqual(student.add(2, 3), 5)

    def test_c_normal_again(self):
        self.assertEqual(student.add(1, 1), 2)
`;
const with_ = (runaway: string) => `${runaway}\n\ndef add(a, b):\n    return a + b\n`;

describe("limits during grading", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ workers: 1 });
  });
  afterAll(() => sandbox.close());

  const outcome = async (code: string, timeoutMs = 4000) => {
    const r = await sandbox.runTests({ code, tests, timeoutMs });
    return Object.fromEntries(r.tests.map((t) => [t.name.split(".")[1], t]));
  };

  it("reports running out of memory on that test, and the next tests pass", async () => {
    const r = await outcome(with_("def runaway():\n    x = bytearray(400 * 1024 * 1024)\n    return 1"));
    expect(r.test_a_runaway).toMatchObject({ passed: false, limit: "memory" });
    expect(r.test_a_runaway.message).toMatch(/more memory than allowed/);
    expect(r.test_b_normal.passed).toBe(true);
    expect(r.test_c_normal_again.passed).toBe(true);
  });

  it("reports a loop that never ends on that test, and still runs the others", async () => {
    const r = await outcome(with_("def runaway():\n    while True:\n        pass"));
    expect(r.test_a_runaway).toMatchObject({ passed: false, limit: "timeout" });
    expect(r.test_b_normal.passed).toBe(true);
    expect(r.test_c_normal_again.passed).toBe(true);
  });

  it("reports a crash on that test, and the next tests start fresh", async () => {
    const r = await outcome(with_("import os\ndef runaway():\n    os._exit(3)"));
    expect(r.test_a_runaway.message).toMatch(/exit code 3/);
    expect(r.test_b_normal.passed).toBe(true);
  });

  it("lets the tests pass realistic data in: a million numbers", async () => {
    const big =
      "import unittest\nimport student\nclass T(unittest.TestCase):\n    def test_sum(self):\n        " +
      "self.assertEqual(student.total(list(range(1_000_100))), sum(range(1_000_100)))\n";
    const r = await sandbox.runTests({ code: "def total(xs):\n    return sum(xs)\n", tests: big, timeoutMs: 10_000 });
    expect(r.summary).toMatchObject({ passed: 1, total: 1 });
  });

  it("reports every test, even when the tests themselves never finish", async () => {
    const stuck =
      "import unittest\nclass T(unittest.TestCase):\n    def test_a(self):\n        pass\n    def " +
      "test_b(self):\n        while True:\n            pass\n    def test_c(self):\n        pass\n";
    const r = await sandbox.runTests({ code: "", tests: stuck, timeoutMs: 1500 });
    expect(r.status).toBe("timeout");
    expect(r.tests.map((t) => [t.name, t.passed])).toEqual([
      ["T.test_a", true],
      ["T.test_b", false],
      ["T.test_c", false],
    ]);
  });
});
