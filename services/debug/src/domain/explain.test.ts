import { describe, expect, it } from "vitest";
import { fleschKincaidGrade, loadCurriculumSync } from "@emberlearn/content";
import { CATALOG, containsSolution, explainError, explainTimeout, FALLBACK_HINT, nextHint, safeRung } from "./index.ts";
import { runEval, TARGETS } from "../../eval/run.ts";

describe("debug tutor", () => {
  it("meets its targets on the eval set (fresh tracebacks from CPython)", () => {
    const r = runEval();
    expect(r.rows.length).toBeGreaterThanOrEqual(30);
    expect(r.type).toBeGreaterThanOrEqual(TARGETS.type);
    expect(r.line).toBeGreaterThanOrEqual(TARGETS.line);
    expect(r.identifier).toBeGreaterThanOrEqual(TARGETS.identifier);
    expect(r.maxGrade).toBeLessThanOrEqual(TARGETS.maxGrade);
  }, 60_000);

  it("covers at least 25 exception types, each readable at grade 9 or below", () => {
    expect(Object.keys(CATALOG).length).toBeGreaterThanOrEqual(25);
    for (const [type, explain] of Object.entries(CATALOG)) {
      const e = explain({
        type,
        message: "something went wrong",
        line: 3,
        code: "x = 1\ny = 2\nprint(x + y)\n",
        names: ["x", "y"],
      });
      for (const text of [e.explanation, ...e.hints])
        expect(fleschKincaidGrade(text), `${type}: ${text}`).toBeLessThanOrEqual(9);
      expect(e.hints).toHaveLength(3);
    }
  });

  it("links only to concepts that exist in the curriculum", () => {
    const ids = new Set(loadCurriculumSync().concepts.map((c) => c.id));
    const samples = [
      "name 'x' is not defined",
      "'list' object has no attribute 'apend'",
      "unsupported operand type(s) for +: 'int' and 'str'",
      "invalid literal for int() with base 10: 'a'",
      "expected ':'",
      "unexpected indent",
      "No module named 'numpy'",
    ];
    for (const [type, explain] of Object.entries(CATALOG)) {
      for (const message of samples) {
        for (const id of explain({ type, message, line: 1, code: "x = 1\n", names: ["x"] }).conceptIds)
          expect(ids.has(id), `${type} → ${id}`).toBe(true);
      }
    }
  });

  it("names the student's misspelled variable and its correct spelling", () => {
    const e = explainError({
      code: "total = 0\ntotal = totl + 1\n",
      error: { type: "NameError", message: "name 'totl' is not defined", line: 2 },
    });
    expect(e.title).toBe("`totl` is not defined — did you mean `total`?");
    expect(e.line).toBe(2);
  });

  it("points a timeout at the while loop whose variable never changes", () => {
    const e = explainTimeout("count = 0\nwhile count < 5:\n    print(count)\nprint('done')\n");
    expect(e.line).toBe(2);
    expect(e.title).toContain("`count` never changes");
    expect(explainTimeout("n = 0\nwhile n < 5:\n    n += 1\n").line).toBeNull();
  });

  it("climbs the hint ladder one rung at a time and never hands over code", () => {
    const input = {
      code: "items = []\nitems.apend(4)\n",
      error: { type: "AttributeError", message: "'list' object has no attribute 'apend'", line: 2 },
    };
    const rungs = [1, 2, 3].map((level) => nextHint({ ...input, level }));
    expect(rungs.map((r) => r.level)).toEqual([1, 2, 3]);
    expect(new Set(rungs.map((r) => r.text)).size).toBe(3);
    expect(rungs[2].text).toContain("append");
    expect(containsSolution("Try this:\n```python\nfor x in items:\n    total += x\n```")).toBe(true);
    expect(containsSolution("Write `def total(items): return sum(items)`")).toBe(true);
    expect(containsSolution("Use `.append` instead.")).toBe(false);
  });

  it("gives a lower rung, not an error, when the rung asked for would reveal code", () => {
    const code = "total = 0\nfor n in numbers:\n    total = total + n\n";
    const ladder = [
      "Which line adds up the numbers?",
      "A loop variable takes each item in turn.",
      "Write this:\n```python\nfor n in numbers:\n    total += n\n```",
    ];
    expect(safeRung(ladder, 3, code)).toEqual({ level: 2, text: ladder[1] });
    expect(safeRung(ladder, 2, code)).toEqual({ level: 2, text: ladder[1] });
    // every rung leaks: a general next step, still no code
    const leaky = ladder.map(() => ladder[2]);
    expect(safeRung(leaky, 3, code)).toEqual({ level: 1, text: FALLBACK_HINT });
    expect(containsSolution(FALLBACK_HINT, code)).toBe(false);
  });
});
