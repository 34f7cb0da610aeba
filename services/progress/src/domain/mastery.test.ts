import { describe, expect, it } from "vitest";
import { computeModuleMastery, computeOverall, WEIGHTS } from "./mastery.ts";
import { levelFor } from "./levels.ts";
import type { Activity, ModuleCatalog } from "./activity.ts";

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
const at = (day: number, hour = 12) => new Date(Date.UTC(2026, 10, day, hour)).toISOString();
const graded = (
  exerciseId: string,
  score: number,
  difficulty: "easy" | "medium" | "hard",
  time: string,
  qualityScore?: number,
): Activity => ({
  kind: "graded",
  id: `g${n++}`,
  time,
  moduleId: "basics",
  exerciseId,
  score,
  passed: score === 100,
  difficulty,
  qualityScore,
});
const quiz = (score: number, time: string): Activity => ({
  kind: "quiz",
  id: `q${n++}`,
  time,
  moduleId: "basics",
  quizId: "basics-quiz",
  score,
});
const review = (score: number, time: string): Activity => ({
  kind: "review",
  id: `r${n++}`,
  time,
  moduleId: "basics",
  score,
});

describe("mastery formula", () => {
  it("weights the components 0.40 / 0.30 / 0.20 / 0.10", () => {
    expect(WEIGHTS).toEqual({ exercise: 0.4, quiz: 0.3, codeQuality: 0.2, consistency: 0.1 });
    // every exercise perfect, quiz 50, quality 80, practised on 5 days
    const acts = [
      graded("e1", 100, "easy", at(1)),
      graded("m1", 100, "medium", at(2)),
      graded("h1", 100, "hard", at(3)),
      quiz(50, at(4)),
      review(80, at(5)),
    ];
    const m = computeModuleMastery(basics, acts);
    const byName = Object.fromEntries(m.components.map((c) => [c.name, c.value]));
    expect(byName).toEqual({ exercise: 100, quiz: 50, codeQuality: 80, consistency: 100 });
    expect(m.mastery).toBe(Math.round(0.4 * 100 + 0.3 * 50 + 0.2 * 80 + 0.1 * 100));
  });

  it("weights exercises by difficulty and counts the best attempt", () => {
    const acts = [
      graded("h1", 40, "hard", at(1)),
      graded("h1", 100, "hard", at(1, 13)),
      graded("h1", 60, "hard", at(1, 14)),
    ];
    const ex = computeModuleMastery(basics, acts).components.find((c) => c.name === "exercise")!;
    expect(ex.value).toBe(50); // 100 × 3 / (1 + 2 + 3)
    expect(ex.reasons[0]!.text).toContain("best score 100");
    expect(ex.reasons.some((r) => r.text.includes("2 of 3 exercises not tried"))).toBe(true);
  });

  it("explains an empty module instead of inventing a score", () => {
    const m = computeModuleMastery(basics, []);
    expect(m.mastery).toBe(0);
    expect(m.level.name).toBe("Beginner");
    expect(m.components.every((c) => c.reasons.length > 0 && c.value === 0)).toBe(true);
  });

  it("averages the last ten quality scores, from reviews and graded code", () => {
    const acts = [...Array.from({ length: 10 }, (_, i) => review(100, at(1, i))), graded("e1", 100, "easy", at(2), 0)];
    const q = computeModuleMastery(basics, acts).components.find((c) => c.name === "codeQuality")!;
    expect(q.value).toBe(90);
  });

  it("anchors consistency to the latest activity, not the clock", () => {
    const acts = [review(50, at(1)), review(50, at(2)), review(50, at(20))];
    const c = computeModuleMastery(basics, acts).components.find((x) => x.name === "consistency")!;
    // day 1 and 2 fall outside the 14 days ending on day 20
    expect(c.value).toBe(20);
  });

  it("gives the same mastery whatever order the events are replayed in", () => {
    const acts = [
      graded("e1", 100, "easy", at(1)),
      quiz(30, at(2)),
      quiz(70, at(3)),
      review(55, at(4)),
      graded("m1", 50, "medium", at(5), 70),
    ];
    const shuffled = [acts[3], acts[0], acts[4], acts[2], acts[1]];
    expect(computeModuleMastery(basics, shuffled)).toEqual(computeModuleMastery(basics, acts));
  });

  it("overall is the mean over every module", () => {
    const a = computeModuleMastery(basics, [
      graded("e1", 100, "easy", at(1)),
      graded("m1", 100, "medium", at(1)),
      graded("h1", 100, "hard", at(1)),
    ]);
    const empty = computeModuleMastery({ ...basics, id: "oop" }, []);
    expect(computeOverall([a, empty]).mastery).toBe(Math.round(a.mastery / 2));
  });
});

describe("levels", () => {
  it.each([
    [0, "Beginner", "red"],
    [40, "Beginner", "red"],
    [41, "Learning", "yellow"],
    [70, "Learning", "yellow"],
    [71, "Proficient", "green"],
    [90, "Proficient", "green"],
    [91, "Mastered", "blue"],
    [100, "Mastered", "blue"],
  ])("%i is %s (%s)", (score, name, colour) => {
    expect(levelFor(score)).toMatchObject({ name, colour });
  });

  it("rounds before levelling: 40.4 is Beginner, 40.5 is Learning", () => {
    expect(levelFor(40.4).name).toBe("Beginner");
    expect(levelFor(40.5).name).toBe("Learning");
  });
});
