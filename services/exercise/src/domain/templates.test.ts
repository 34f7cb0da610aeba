import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateFromTemplate, TEMPLATES } from "./templates.ts";

// Every template, at every difficulty and several seeds, produces an exercise
// whose solution passes its own tests and whose starter fails them — checked
// with real CPython here (the service checks again in the sandbox on generation).

const PYTHON = ["/usr/bin/python3", "/usr/bin/python3.11"].find((p) => spawnSync(p, ["-c", "pass"]).status === 0)!;

function runTests(code: string, tests: string): boolean {
  const dir = mkdtempSync(join(tmpdir(), "tmpl-"));
  try {
    writeFileSync(join(dir, "student.py"), code);
    writeFileSync(join(dir, "tests.py"), tests);
    return (
      spawnSync(PYTHON, ["-s", "-m", "unittest", "-q", "tests"], {
        cwd: dir,
        timeout: 10_000,
        env: { PYTHONPATH: dir },
      }).status === 0
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("offline exercise templates", () => {
  const cases = Object.keys(TEMPLATES).flatMap((m) =>
    (["easy", "medium", "hard"] as const).flatMap((d) => [1, 7, 42].map((seed) => [m, d, seed] as const)),
  );
  it.each(cases)("%s/%s seed %i: solution passes, starter fails", (module, difficulty, seed) => {
    const ex = generateFromTemplate(module, difficulty, seed)!;
    expect(ex.hints).toHaveLength(3);
    expect(ex.prompt.length).toBeGreaterThan(20);
    expect(runTests(ex.solution, ex.tests)).toBe(true);
    expect(runTests(ex.starter, ex.tests)).toBe(false);
  });

  it("different seeds give different variants", () => {
    const titles = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => generateFromTemplate("basics", "easy", s)!.tests));
    expect(titles.size).toBeGreaterThan(1);
  });
});
