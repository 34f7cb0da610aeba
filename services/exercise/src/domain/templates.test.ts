import { describe, expect, it } from "vitest";
import { generatorSchema } from "@emberlearn/content/generators";
import { chooseValues, generateFromFamily, seededRng } from "./templates.ts";

// The seed's choices, on a small family written here; every real family is checked in real CPython
// by content/generators.test.ts.

const family = generatorSchema.parse({
  module: "basics",
  choose: {
    unit: [
      { fn: "to_minutes", factor: 60 },
      { fn: "to_grams", factor: 1000 },
    ],
  },
  numbers: { easy: { n: [1, 3] }, medium: { n: [10, 10] }, hard: { n: [20, 29] } },
  byDifficulty: { easy: { rule: "" }, medium: { rule: " ({{fn}})" }, hard: { rule: " hard" } },
  title: "Convert {{n}}",
  prompt: "Write {{fn}} times {{factor}}.{{rule}}",
  starter: "def {{fn}}(x):\n    pass\n",
  solution: "def {{fn}}(x):\n    return x * {{factor}}\n",
  tests: "assert {{fn}}({{n}}) == {{n}} * {{factor}}",
  hints: ["first hint", "second hint", "third {{fn}}?"],
});

describe("generating from a family", () => {
  it("is deterministic per seed and stays in the difficulty's range", () => {
    expect(chooseValues(family, "hard", 5)).toEqual(chooseValues(family, "hard", 5));
    for (let seed = 0; seed < 50; seed++) {
      const n = Number(chooseValues(family, "hard", seed).n);
      expect(n).toBeGreaterThanOrEqual(20);
      expect(n).toBeLessThanOrEqual(29);
    }
    expect(chooseValues(family, "medium", 3).n).toBe("10");
  });

  it("picks every row of a table for some seed, and fills difficulty text with the other values", () => {
    const fns = new Set(Array.from({ length: 40 }, (_, s) => chooseValues(family, "easy", s).fn));
    expect(fns).toEqual(new Set(["to_minutes", "to_grams"]));
    const ex = generateFromFamily(family, "medium", 11);
    const { fn, factor, n } = chooseValues(family, "medium", 11);
    expect(ex.prompt).toBe(`Write ${fn} times ${factor}. (${fn})`);
    expect(ex.tests).toBe(`assert ${fn}(${n}) == ${n} * ${factor}`);
    expect(ex.hints[2]).toBe(`third ${fn}?`);
  });

  it("refuses a placeholder with no value instead of storing it", () => {
    expect(() => generateFromFamily({ ...family, title: "Convert {{missing}}" }, "easy", 1)).toThrow(
      /\{\{missing\}\} has no value/,
    );
  });

  it("never returns the zero state of the generator", () => {
    const rng = seededRng(0);
    const xs = Array.from({ length: 5 }, rng);
    expect(new Set(xs).size).toBe(5);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
