import { describe, expect, it } from "vitest";
import type { Activity, ModuleCatalog } from "./activity.ts";
import type { ModuleMastery } from "./mastery.ts";
import { easiestFirst, nextStep } from "./next-step.ts";
import { levelFor } from "./levels.ts";

// What the dashboard tells a student to do next: the weakest module, the easiest exercise there not
// yet passed, and for a module not started its first unread lesson.

const basics: ModuleCatalog = {
  id: "basics",
  title: "Basics",
  order: 1,
  exercises: [
    { id: "b-hard", title: "Hard one", difficulty: "hard" },
    { id: "b-easy2", title: "Easy two", difficulty: "easy" },
    { id: "b-med", title: "Medium", difficulty: "medium" },
    { id: "b-easy1", title: "Easy one", difficulty: "easy" },
  ],
  concepts: [
    { id: "printing", title: "Printing", order: 2 },
    { id: "hello", title: "Hello", order: 1 },
    { id: "names", title: "Names", order: 3 },
  ],
};
const loops: ModuleCatalog = {
  id: "loops",
  title: "Loops",
  order: 2,
  exercises: [{ id: "l-easy", title: "Count", difficulty: "easy" }],
  concepts: [{ id: "for", title: "For loops", order: 1 }],
};
const catalog = [loops, basics]; // not in course order: the order field decides

const mastery = (moduleId: string, value: number): ModuleMastery => ({
  moduleId,
  title: moduleId,
  mastery: value,
  level: levelFor(value),
  components: [],
});
let t = 0;
const at = () => new Date(Date.UTC(2026, 10, 1, 9, t++)).toISOString();
const passed = (exerciseId: string, moduleId = "basics"): Activity => ({
  kind: "graded",
  id: `g${t}`,
  time: at(),
  moduleId,
  exerciseId,
  score: 100,
  passed: true,
  difficulty: "easy",
});
const failed = (exerciseId: string): Activity =>
  ({ ...(passed(exerciseId) as object), passed: false, score: 40 }) as Activity;
const read = (conceptId: string, moduleId = "basics"): Activity => ({
  kind: "concept",
  id: `c${t}`,
  time: at(),
  moduleId,
  conceptId,
});

describe("next step", () => {
  it("welcomes a brand-new student with lesson 1 of module 1 and its easiest exercise", () => {
    expect(nextStep(catalog, [], [])).toEqual({
      moduleId: "basics",
      moduleTitle: "Basics",
      reason: "Welcome! Start with lesson 1 of Basics",
      exercise: { id: "b-easy2", title: "Easy two", difficulty: "easy" },
      concept: { id: "hello", title: "Hello" },
    });
  });

  it("offers the first lesson not read yet, in lesson order, while the module has no mastery", () => {
    const step = nextStep(catalog, [mastery("basics", 0), mastery("loops", 0)], [read("hello")]);
    expect(step?.concept).toEqual({ id: "printing", title: "Printing" });
    expect(step?.reason).toBe("You have not started Basics yet");
    expect(nextStep(catalog, [], [read("hello"), read("printing"), read("names")])?.concept).toBeNull();
  });

  it("goes to the weakest module, naming its mastery, and drops the lesson once the module has mastery", () => {
    const step = nextStep(catalog, [mastery("basics", 60), mastery("loops", 12)], [passed("b-easy2")]);
    expect(step).toEqual({
      moduleId: "loops",
      moduleTitle: "Loops",
      reason: "Loops is your weakest module (12/100)",
      exercise: { id: "l-easy", title: "Count", difficulty: "easy" },
      concept: null,
    });
  });

  it("breaks a tie in mastery by course order, not catalog order", () => {
    expect(nextStep(catalog, [mastery("basics", 30), mastery("loops", 30)], [passed("x")])?.moduleId).toBe("basics");
    // a module missing from the masteries counts as 0, so it is the weakest
    expect(nextStep(catalog, [mastery("basics", 30)], [passed("x")])?.moduleId).toBe("loops");
  });

  it("picks the easiest exercise not passed yet; a failed one still counts as to do", () => {
    const m = [mastery("basics", 20), mastery("loops", 50)];
    expect(nextStep(catalog, m, [passed("b-easy2")])?.exercise?.id).toBe("b-easy1");
    expect(nextStep(catalog, m, [failed("b-easy2")])?.exercise?.id).toBe("b-easy2");
    expect(nextStep(catalog, m, [passed("b-easy2"), passed("b-easy1")])?.exercise?.id).toBe("b-med");
    const all = ["b-easy2", "b-easy1", "b-med", "b-hard"].map((id) => passed(id));
    expect(nextStep(catalog, m, all)?.exercise).toBeNull();
  });

  it("has nothing to suggest without a course", () => {
    expect(nextStep([], [], [])).toBeNull();
  });
});

describe("easiest first", () => {
  it("orders easy, medium, hard, keeping catalog order within a difficulty", () => {
    expect(easiestFirst(basics).map(({ e }) => e.id)).toEqual(["b-easy2", "b-easy1", "b-med", "b-hard"]);
  });
});
