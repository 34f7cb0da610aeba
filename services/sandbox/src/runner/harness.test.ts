import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The Python harness on its own (codec, object protocol, policies), with Python's unittest.
describe("the sandbox's Python harness", () => {
  it("passes its own unit tests", () => {
    const run = spawnSync("/usr/bin/python3", ["-B", "-s", "-m", "unittest", "discover", "-s", "tests", "-t", "."], {
      cwd: import.meta.dirname,
      encoding: "utf8",
      env: { PYTHONDONTWRITEBYTECODE: "1" },
    });
    expect(run.status, run.stderr.slice(-3000)).toBe(0);
    expect(run.stderr).toMatch(/Ran \d+ tests/);
  });
});
