import { describe, expect, it } from "vitest";
import { computeModuleMastery } from "./mastery.ts";
import type { Activity, ModuleCatalog } from "./activity.ts";

// Each mastery component explains itself to the student and the teacher ("why is this 56?"): these
// tests pin the numbers and the words together, for the usual cases and the edges (one of a thing,
// a score of 0, an exercise since removed from the course, activity out of order).

const basics: ModuleCatalog = {
  id: "basics",
  title: "Basics",
  order: 1,
  exercises: [
    { id: "e1", title: "Greeting", difficulty: "easy" },
    { id: "m1", title: "Average", difficulty: "medium" },
    { id: "h1", title: "Receipt", difficulty: "hard" },
  ],
};

let n = 0;
const at = (month: number, day: number, hour = 12) => new Date(Date.UTC(2026, month - 1, day, hour)).toISOString();
const graded = (exerciseId: string, score: number, difficulty: "easy" | "medium" | "hard", time: string, q?: number) =>
  ({
    kind: "graded",
    id: `g${n++}`,
    time,
    moduleId: "basics",
    exerciseId,
    score,
    passed: score === 100,
    difficulty,
    ...(q === undefined ? {} : { qualityScore: q }),
  }) as Activity;
const review = (score: number, time: string): Activity => ({
  kind: "review",
  id: `r${n++}`,
  time,
  moduleId: "basics",
  score,
});
const run = (time: string): Activity => ({
  kind: "run",
  id: `x${n++}`,
  time,
  moduleId: "basics",
  status: "ok",
  errorType: null,
});
const quiz = (time: string, score: number, questions?: [string, boolean, boolean][]): Activity => ({
  kind: "quiz",
  id: `q${n++}`,
  time,
  moduleId: "basics",
  quizId: "basics-quiz",
  score,
  ...(questions
    ? { questions: questions.map(([questionId, answered, correct]) => ({ questionId, answered, correct })) }
    : {}),
});
const byName = (acts: Activity[]) =>
  Object.fromEntries(
    computeModuleMastery(basics, acts).components.map((c) => [c.name, { value: c.value, reasons: c.reasons }]),
  );

describe("mastery explains itself", () => {
  it("says what is missing when nothing was done yet", () => {
    expect(byName([])).toEqual({
      exercise: { value: 0, reasons: [{ text: "No exercise submitted in this module yet" }] },
      quiz: { value: 0, reasons: [{ text: "Quiz not taken yet" }] },
      codeQuality: { value: 0, reasons: [{ text: "No code reviewed in this module yet" }] },
      consistency: { value: 0, reasons: [{ text: "No activity in this module yet" }] },
    });
    // another module's work is not this module's
    expect(byName([{ ...review(90, at(11, 1)), moduleId: "loops" } as Activity]).codeQuality!.value).toBe(0);
  });

  it("adds up a term's work, whatever order the activities arrive in", () => {
    const acts = [
      run(at(10, 1)),
      graded("e1", 60, "easy", at(11, 1)),
      graded("e1", 80, "easy", at(11, 2), 70),
      graded("m1", 50, "medium", at(11, 3, 10), 90),
      review(40, at(11, 3, 12)),
      quiz(at(11, 4), 50),
      quiz(at(11, 5), 70),
    ];
    const m = computeModuleMastery(basics, [...acts].reverse());
    const c = Object.fromEntries(m.components.map((x) => [x.name, x]));
    // best per exercise, weighted by difficulty over the module's 1 + 2 + 3 = 6: 80·1/6 + 50·2/6 = 30
    expect(c.exercise).toMatchObject({
      value: 30,
      contribution: 12,
      reasons: [
        { text: "Greeting (easy): best score 80", effect: 13.3 },
        { text: "Average (medium): best score 50", effect: 16.7 },
        { text: "1 of 3 exercises not tried yet" },
      ],
    });
    expect(c.quiz).toMatchObject({
      value: 70,
      contribution: 21,
      reasons: [{ text: "Best score 70 over 2 earlier attempts", effect: 70 }],
    });
    // 70, 90 (graded) and 40 (review); the ungraded-for-quality first submission is not a 0
    expect(c.codeQuality).toMatchObject({
      value: 66.7,
      contribution: 13.3,
      reasons: [
        { text: "Average quality 66.7 over your last 3 reviewed programs", effect: 66.7 },
        { text: "One recent program scored only 40, which pulled the average down" },
      ],
    });
    // five days in the fortnight up to 5 November; the run on 1 October is outside it
    expect(c.consistency).toMatchObject({
      value: 100,
      contribution: 10,
      reasons: [{ text: "Practised on 5 days in the last 14 (5 days make 100)", effect: 100 }],
    });
    expect(m.mastery).toBe(56);
  });

  it("counts a score of 0 as tried, and names an exercise no longer in the course by its id", () => {
    const c = byName([graded("h1", 0, "hard", at(11, 1)), graded("old", 90, "easy", at(11, 1))]);
    expect(c.exercise).toEqual({
      value: 15,
      reasons: [
        { text: "Receipt (hard): best score 0", effect: 0 },
        { text: "old (easy): best score 90", effect: 15 },
        { text: "1 of 3 exercises not tried yet" },
      ],
    });
    const all = byName(["e1", "m1", "h1"].map((id) => graded(id, 100, "easy", at(11, 1))));
    expect(all.exercise!.reasons.map((r) => r.text)).not.toContain("0 of 3 exercises not tried yet");
  });

  it("counts quiz questions by the latest answer, and says which earned full, half and no credit", () => {
    const c = byName([
      quiz(at(11, 1), 33, [
        ["q1", true, true],
        ["q2", true, false],
        ["q3", false, false],
      ]),
      quiz(at(11, 2), 50, [
        ["q2", true, true],
        ["q3", true, false],
      ]),
    ]);
    expect(c.quiz).toEqual({
      value: 50,
      reasons: [
        { text: "3 quiz questions asked so far; each counts by your latest answer" },
        { text: "1 right the first time (full credit)", effect: 33.3 },
        { text: "1 right only after the answer was shown (half credit)", effect: 16.7 },
        { text: "1 wrong or skipped on your latest try: the explanations help" },
      ],
    });
  });

  it("speaks of one question, one attempt, one program and one day in the singular", () => {
    const one = byName([quiz(at(11, 1), 100, [["q1", true, true]]), review(90, at(11, 1))]);
    expect(one.quiz!.reasons).toEqual([
      { text: "1 quiz question asked so far; each counts by your latest answer" },
      { text: "1 right the first time (full credit)", effect: 100 },
    ]);
    expect(one.codeQuality!.reasons).toEqual([
      { text: "Average quality 90 over your last 1 reviewed program", effect: 90 },
    ]);
    expect(one.consistency).toEqual({
      value: 20,
      reasons: [{ text: "Practised on 1 day in the last 14 (5 days make 100)", effect: 20 }],
    });
    expect(byName([quiz(at(11, 1), 40)]).quiz!.reasons).toEqual([
      { text: "Best score 40 over 1 earlier attempt", effect: 40 },
    ]);
  });

  it("names a low program only when it is more than 15 below the average", () => {
    // 100 and 70: the average is 85 and 70 is exactly 15 below
    expect(byName([review(100, at(11, 1)), review(70, at(11, 2))]).codeQuality!.reasons).toHaveLength(1);
    expect(byName([review(100, at(11, 1)), review(69, at(11, 2))]).codeQuality!.reasons[1]).toEqual({
      text: "One recent program scored only 69, which pulled the average down",
    });
  });

  it("averages only the last ten quality scores", () => {
    const acts = [review(0, at(11, 1)), ...Array.from({ length: 10 }, (_, i) => review(80, at(11, 2, i)))];
    expect(byName(acts).codeQuality!.value).toBe(80);
  });

  it("counts a day exactly fourteen days before the latest activity as outside the window", () => {
    const c = byName([run(at(11, 1)), run(at(11, 15))]);
    expect(c.consistency!.value).toBe(20);
    expect(byName([run(at(11, 1, 13)), run(at(11, 15))]).consistency!.value).toBe(40);
  });
});
