import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fleschKincaidGrade, loadCurriculumSync, vagueTestNames } from "@emberlearn/content";
import { DIFFICULTIES, generatorSchema, loadGeneratorsSync } from "@emberlearn/content/generators";
import { checkHints } from "@emberlearn/content/hint-check";
import { generateFromFamily } from "../services/exercise/src/domain/templates.ts";

// Every generator family, several seeds at each difficulty, is checked like the exercises are: the
// schema, readable prompt and hints, test names students can read, the hint ladder, and in real
// CPython the solution passes and the starter fails (our own reference code, not student code).

const families = loadGeneratorsSync();
const PYTHON = ["/usr/bin/python3", "/usr/bin/python3.11"].find((p) => spawnSync(p, ["-c", "pass"]).status === 0)!;
const SEEDS = [1, 7, 42, 1234, 99991];

function passes(code: string, tests: string): boolean {
  const dir = mkdtempSync(join(tmpdir(), "gen-"));
  try {
    writeFileSync(join(dir, "student.py"), code);
    writeFileSync(join(dir, "tests.py"), tests);
    const run = spawnSync(PYTHON, ["-s", "-m", "unittest", "-q", "tests"], {
      cwd: dir,
      timeout: 10_000,
      env: { PYTHONPATH: dir },
    });
    return run.status === 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("offline exercise generators", () => {
  it("has one family for every module of content/modules", () => {
    expect([...families.keys()].sort()).toEqual(
      loadCurriculumSync()
        .modules.map((m) => m.id)
        .sort(),
    );
  });

  const cases = [...families.keys()].flatMap((m) => DIFFICULTIES.map((d) => [m, d] as const));
  it.each(cases)("%s/%s: schema, readability, test names, hints, solution passes, starter fails", (m, d) => {
    for (const seed of SEEDS) {
      const ex = generateFromFamily(families.get(m)!, d, seed);
      const where = `${m}/${d} seed ${seed}`;
      expect(generatorSchema.shape.hints.safeParse(ex.hints).success, where).toBe(true);
      expect(fleschKincaidGrade(ex.prompt), `${where} prompt`).toBeLessThanOrEqual(10);
      for (const hint of ex.hints) expect(fleschKincaidGrade(hint), `${where}: ${hint}`).toBeLessThanOrEqual(9);
      expect(vagueTestNames(ex.tests), where).toEqual([]);
      expect(checkHints(ex.hints, ex.solution), where).toEqual([]);
      expect(passes(ex.solution, ex.tests), `${where}: solution should pass`).toBe(true);
      expect(passes(ex.starter, ex.tests), `${where}: starter should fail`).toBe(false);
    }
  });

  it("gives different variants for different seeds", () => {
    const basics = families.get("basics")!;
    const variants = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => generateFromFamily(basics, "easy", s).tests));
    expect(variants.size).toBeGreaterThan(1);
  });
});
