import { describe, expect, it } from "vitest";
import type { Activity, ModuleCatalog } from "./activity.ts";
import { workOn } from "./active-time.ts";
import { buildGradebook } from "./gradebook.ts";

// The class gradebook a teacher downloads, and the work time behind "stuck for 10 minutes".

const catalog: ModuleCatalog[] = [
  { id: "loops", title: "Loops", order: 2, exercises: [{ id: "l1", title: "Count", difficulty: "easy" }] },
  { id: "basics", title: "Basics", order: 1, exercises: [{ id: "b1", title: "Hello", difficulty: "easy" }] },
];
let n = 0;
const at = (min: number) => new Date(Date.UTC(2026, 10, 20, 9, min)).toISOString();
const graded = (exerciseId: string, score: number, min: number, moduleId = "basics", title?: string): Activity => ({
  kind: "graded",
  id: `g${n++}`,
  time: at(min),
  moduleId,
  exerciseId,
  score,
  passed: score === 100,
  difficulty: "easy",
  ...(title ? { exerciseTitle: title } : {}),
});
const quiz = (quizId: string, score: number, min: number): Activity => ({
  kind: "quiz",
  id: `q${n++}`,
  time: at(min),
  moduleId: quizId.replace(/-quiz$/, ""),
  quizId,
  score,
});

describe("class gradebook", () => {
  it("has a column per exercise, quiz and module in course order, then overall mastery", () => {
    const book = buildGradebook(
      catalog,
      [
        { id: "ada", name: "Ada", email: "ada@x.org" },
        { id: "bob", name: "Bob", email: "bob@x.org" },
      ],
      new Map([
        [
          "ada",
          [
            graded("b1", 50, 1),
            graded("b1", 100, 2),
            graded("mine", 80, 3, "basics", "Teacher's own"),
            quiz("basics-quiz", 60, 4),
            quiz("basics-quiz", 40, 5),
            quiz("extra", 90, 6),
          ],
        ],
        ["bob", []],
      ]),
    );
    expect(book.header).toEqual([
      "Student",
      "Email",
      "Exercise: Hello",
      "Exercise: Count",
      "Exercise: Teacher's own",
      "Quiz: Basics",
      "Quiz: Loops",
      "Quiz: extra",
      "Mastery: Basics",
      "Mastery: Loops",
      "Mastery: overall",
    ]);
    // best scores per column; Basics mastery: exercise 100 (capped) · 0.4 + quiz 60 · 0.3 + one day of five · 0.1
    expect(book.rows[0]).toEqual(["Ada", "ada@x.org", 100, null, 80, 60, null, 90, 60, 0, 30]);
    expect(book.rows[1]).toEqual(["Bob", "bob@x.org", null, null, null, null, null, null, 0, 0, 0]);
  });

  it("gives a student missing from the activity map an empty row", () => {
    const book = buildGradebook(catalog, [{ id: "cy", name: "Cy", email: "cy@x.org" }], new Map());
    expect(book.rows).toEqual([["Cy", "cy@x.org", null, null, null, null, 0, 0, 0]]);
  });
});

describe("work time on an exercise", () => {
  const run = (min: number, exerciseId = "e1", id = `r${n++}`): Activity => ({
    kind: "run",
    id,
    time: at(min),
    exerciseId,
    status: "error",
    errorType: "NameError",
  });

  it("adds the short gaps between activities on the exercise, not a long break or other work", () => {
    const history = [run(0), run(4), run(9), run(40), graded("e1", 0, 42, "m"), run(43, "e2"), run(44)];
    const w = workOn("e1", [...history].reverse(), 5, new Set());
    // 0→4 (4) + 4→9 (5, the limit counts) + 40→42 (2); 9→40 is a break, 42→43→44 crosses e2
    expect(w).toEqual({ exerciseId: "e1", minutes: 11, runs: 5, submissions: 1, first: at(0), last: at(44) });
  });

  it("counts the time since the last activity while the student is still at it", () => {
    const history = [run(0), run(2)];
    expect(workOn("e1", history, 5, new Set(), new Date(Date.parse(at(6)))).minutes).toBe(6);
    expect(workOn("e1", history, 5, new Set(), new Date(Date.parse(at(7)))).minutes).toBe(7);
    expect(workOn("e1", history, 5, new Set(), new Date(Date.parse(at(8)))).minutes).toBe(2);
    expect(workOn("e1", history, 5, new Set(), new Date(Date.parse(at(1)))).minutes).toBe(2);
    expect(workOn("e1", [...history, run(3, "e2")], 5, new Set(), new Date(Date.parse(at(4)))).minutes).toBe(2);
  });

  it("does not count a grading run as a run of its own, and is empty for an untouched exercise", () => {
    const history = [run(0, "e1", "grading"), graded("e1", 100, 0, "m"), run(1)];
    expect(workOn("e1", history, 5, new Set(["grading"]))).toMatchObject({ runs: 1, submissions: 1 });
    expect(workOn("e9", history, 5, new Set())).toEqual({
      exerciseId: "e9",
      minutes: 0,
      runs: 0,
      submissions: 0,
      first: "",
      last: "",
    });
  });
});
