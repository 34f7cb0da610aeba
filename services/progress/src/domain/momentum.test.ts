import { describe, expect, it } from "vitest";
import type { Activity, ModuleCatalog } from "./activity.ts";
import { momentumAfter } from "./momentum.ts";
import { nextStep } from "./next-step.ts";
import { computeModuleMastery } from "./mastery.ts";

const catalog: ModuleCatalog[] = [
  {
    id: "basics",
    title: "Basics",
    order: 1,
    exercises: [
      { id: "hard-one", title: "Hard one", difficulty: "hard" },
      { id: "easy-one", title: "Easy one", difficulty: "easy" },
      { id: "easy-two", title: "Easy two", difficulty: "easy" },
    ],
    concepts: [
      { id: "printing", title: "Printing", order: 2 },
      { id: "variables", title: "Variables", order: 1 },
    ],
  },
  {
    id: "loops",
    title: "Loops",
    order: 2,
    exercises: [{ id: "count", title: "Count", difficulty: "easy" }],
    concepts: [{ id: "for-loops", title: "For loops", order: 1 }],
  },
];
let t = 0;
const graded = (exerciseId: string, score: number, submissionId: string): Activity => ({
  kind: "graded",
  id: `e${++t}`,
  time: new Date(Date.UTC(2026, 0, 1, 0, t)).toISOString(),
  moduleId: catalog.find((m) => m.exercises.some((e) => e.id === exerciseId))!.id,
  exerciseId,
  submissionId,
  score,
  passed: score === 100,
  difficulty: "easy",
});
const viewed = (conceptId: string, moduleId: string): Activity => ({
  kind: "concept",
  id: `e${++t}`,
  time: new Date(Date.UTC(2026, 0, 1, 0, t)).toISOString(),
  moduleId,
  conceptId,
});
const masteries = (acts: Activity[]) => catalog.map((m) => computeModuleMastery(m, acts));

describe("the next step", () => {
  it("starts a brand-new student with lesson 1 of module 1", () => {
    const next = nextStep(catalog, masteries([]), []);
    expect(next).toMatchObject({ moduleId: "basics", concept: { id: "variables" }, exercise: { id: "easy-one" } });
    expect(next!.reason).toMatch(/^Welcome! Start with lesson 1/);
  });

  it("moves on to the next unread lesson, and drops the lesson once the module has mastery", () => {
    expect(nextStep(catalog, masteries([]), [viewed("variables", "basics")])!.concept).toEqual({
      id: "printing",
      title: "Printing",
    });
    const acts = [viewed("variables", "basics"), graded("easy-one", 100, "s1")];
    expect(nextStep(catalog, masteries(acts), acts)).toMatchObject({ moduleId: "loops", concept: { id: "for-loops" } });
  });
});

describe("momentum after a submission", () => {
  it("is not counted until the grade has arrived", () => {
    expect(momentumAfter(catalog, [graded("easy-one", 100, "s1")], "s-other")).toBeUndefined();
  });

  it("gives mastery before and after that grade, and the easiest exercise still to pass", () => {
    const acts = [graded("easy-one", 50, "s1"), graded("easy-one", 100, "s2"), graded("hard-one", 0, "s3")];
    const m = momentumAfter(catalog, acts, "s2")!;
    expect(m.before).toBe(computeModuleMastery(catalog[0]!, acts.slice(0, 1)).mastery);
    expect(m.after).toBe(computeModuleMastery(catalog[0]!, acts.slice(0, 2)).mastery);
    expect(m.after).toBeGreaterThan(m.before);
    expect(m).toMatchObject({ moduleId: "basics", passed: true, next: { kind: "exercise", id: "easy-two" } });
  });

  it("points at the next module's first unread lesson when the module is done", () => {
    const acts = [graded("easy-two", 100, "a"), graded("hard-one", 100, "b"), graded("easy-one", 100, "c")];
    expect(momentumAfter(catalog, acts, "c")!.next).toEqual({ kind: "concept", id: "for-loops", title: "For loops" });
    const read = [viewed("for-loops", "loops"), ...acts];
    expect(momentumAfter(catalog, read, "c")!.next).toEqual({ kind: "exercise", id: "count", title: "Count" });
  });
});
