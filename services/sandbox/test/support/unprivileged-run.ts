// Run by unprivileged.int.test.ts as a non-root user: the sandbox with a delegated cgroup.
import { createSandbox } from "../../src/domain/index.ts";

const sandbox = await createSandbox({ workers: 1, cgroupParent: process.env.SANDBOX_PARENT });
const results = {
  hello: await sandbox.run({ code: "import os\nprint(os.getuid(), 'hello')" }),
  memory: await sandbox.run({ code: "x = bytearray(80 * 1024 * 1024)" }),
  graded: await sandbox.runTests({
    code: "def double(x):\n    return 2 * x\n",
    tests:
      "import unittest\nfrom student import double\nclass T(unittest.TestCase):\n    def test_a(self):\n        " +
      "self.assertEqual(double(2), 4)\n",
  }),
};
await sandbox.close();
console.log(JSON.stringify(results));
