import { describe, expect, it } from "vitest";
import { gradingInput, renderExercise, studentView, variantSeed, type ExerciseDefinition } from "./exercise.ts";

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

  it("gives students the data files, filled for their variant, but never the helper modules", () => {
    const withParts = {
      ...def,
      helpers: { fixtures: "NAME = '{{func}}'\n" },
      files: [{ path: "story.txt", content: "Tell {{what}}\n" }],
    };
    const view = studentView(withParts, "ada") as unknown as Record<string, unknown>;
    expect(view.files).toEqual([{ path: "story.txt", content: expect.stringMatching(/^Tell (prices|costs)\n$/) }]);
    expect(view.helpers).toBeUndefined();
    expect(studentView(def, "ada").files).toEqual([]);
  });
});

describe("the grading input", () => {
  it("carries the module name, test module, helpers and data files of the rendered variant", () => {
    const { exercise } = renderExercise(
      {
        ...def,
        moduleName: "totals",
        testModule: "totals_test",
        helpers: { fixtures: "F = '{{func}}'" },
        files: [{ path: "a.txt", content: "{{what}}" }],
      },
      variantSeed("ada", "total"),
    );
    const input = gradingInput(exercise, "code", { studentId: "ada", exerciseId: "total" });
    expect(input).toMatchObject({
      code: "code",
      tests: exercise.tests,
      moduleName: "totals",
      testModule: "totals_test",
    });
    expect(input).toMatchObject({ studentId: "ada", exerciseId: "total" });
    expect(input.helpers!.fixtures).toMatch(/^F = '(total_price|sum_prices|add_costs)'$/);
    expect(input.files![0]!.content).toMatch(/^(prices|costs)$/);
  });

  it("leaves out what an exercise does not have, so the sandbox's defaults apply", () => {
    expect(gradingInput({ ...def, helpers: {}, files: [] }, "pass")).toEqual({ code: "pass", tests: def.tests });
  });
});
