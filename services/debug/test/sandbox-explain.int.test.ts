import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The sandbox harness's explain() (services/sandbox/src/runner/explain.py) is Python: its unit tests run
// with the sandbox's CPython and friendly-traceback from the cache directory that `make` installs
// (scripts/install-sandbox-python-lib.sh), the library the sandbox binds at /sandbox/lib.
const root = join(import.meta.dirname, "..", "..", "..");
const python = process.env.SANDBOX_PYTHON ?? "/usr/bin/python3";

describe("sandbox harness: explain.py", () => {
  it("passes its Python unit tests with friendly-traceback on sys.path", () => {
    const lib = execFileSync("bash", [join(root, "scripts/install-sandbox-python-lib.sh"), "--print-dir"], {
      encoding: "utf8",
    }).trim();
    const run = spawnSync(python, ["-m", "unittest", "-v", "test_sandbox_explain"], {
      cwd: import.meta.dirname,
      env: { ...process.env, EXPLAIN_LIB: lib, PYTHONDONTWRITEBYTECODE: "1" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.stderr).toMatch(/Ran \d+ tests/);
    expect(run.status, run.stderr).toBe(0);
  }, 120_000);
});
