import { describe, expect, it } from "vitest";
import { renderExercise, studentView, variantSeed, type ExerciseDefinition } from "./exercise.ts";

const def: ExerciseDefinition = {
  id: "total",
  origin: "curriculum",
  module: "basics",
  title: "Add up {{what}}",
  difficulty: "easy",
  tags: [],
  concepts: [],
  hints: ["Think about {{func}}"],
  prompt: "Write `{{func}}(items)` that adds {{what}}.",
  starter: "def {{func}}(items):\n    pass\n",
  solution: "def {{func}}(items):\n    return sum(items)\n",
  tests: "from student import {{func}}\n",
  params: { func: ["total_price", "sum_prices", "add_costs"], what: ["prices", "costs"] },
};

describe("exercise variants", () => {
  it("gives a student the same variant every time, and fills every file", () => {
    const a = renderExercise(def, variantSeed("ada", "total"));
    expect(renderExercise(def, variantSeed("ada", "total"))).toEqual(a);
    const fn = /func=(\w+)/.exec(a.variant)![1]!;
    expect(a.exercise.starter).toContain(`def ${fn}(items)`);
    expect(a.exercise.tests).toContain(`from student import ${fn}`);
    expect(a.exercise.solution + a.exercise.prompt + a.exercise.hints[0]).not.toContain("{{");
  });

  it("spreads a class over several variants", () => {
    const variants = new Set(
      Array.from({ length: 30 }, (_, i) => renderExercise(def, variantSeed(`student-${i}`, "total")).variant),
    );
    expect(variants.size).toBeGreaterThan(2);
  });

  it("never shows the tests or the solution to a student", () => {
    const view = studentView(def, "ada") as unknown as Record<string, unknown>;
    expect(view.tests).toBeUndefined();
    expect(view.solution).toBeUndefined();
    expect(view.hints).toBeUndefined();
    expect(view.hintCount).toBe(1);
  });
});
