import { describe, expect, it } from "vitest";
import { detectStruggles, DEFAULT_THRESHOLDS } from "./struggle.ts";
import type { Activity } from "./activity.ts";

let n = 0;
const t0 = Date.UTC(2026, 10, 24, 9);
const min = (m: number) => new Date(t0 + m * 60_000).toISOString();
const run = (m: number, errorType: string | null, exerciseId?: string): Activity => ({
  kind: "run",
  id: `r${n++}`,
  time: min(m),
  moduleId: "basics",
  exerciseId,
  status: errorType ? "error" : "ok",
  errorType,
});
const graded = (m: number, passed: boolean, exerciseId = "ex1"): Activity => ({
  kind: "graded",
  id: `g${n++}`,
  time: min(m),
  moduleId: "basics",
  exerciseId,
  score: passed ? 100 : 20,
  passed,
  difficulty: "easy",
});

function triggersAfter(history: Activity[]) {
  return detectStruggles(history.slice(0, -1), history[history.length - 1]!).map((d) => d.trigger);
}

describe("struggle triggers fire at their threshold and not one below", () => {
  it("same error type 3 times in a row", () => {
    expect(triggersAfter([run(0, "NameError"), run(1, "NameError")])).not.toContain("repeated-error");
    expect(triggersAfter([run(0, "NameError"), run(1, "NameError"), run(2, "NameError")])).toContain("repeated-error");
    // a different error in between breaks the run
    expect(
      triggersAfter([run(0, "NameError"), run(1, "TypeError"), run(2, "NameError"), run(3, "NameError")]),
    ).not.toContain("repeated-error");
  });

  it("5 failed runs or submissions in a row", () => {
    const four = [run(0, "NameError"), run(1, "TypeError"), graded(2, false), run(3, "ValueError")];
    expect(triggersAfter(four)).not.toContain("failed-runs");
    const five = [...four, run(4, "KeyError")];
    const d = detectStruggles(five.slice(0, -1), five[4]!).find((x) => x.trigger === "failed-runs")!;
    expect(d.evidence).toHaveLength(5);
    expect(
      triggersAfter([run(0, "A"), run(1, "B"), run(2, null), run(3, "C"), run(4, "D"), run(5, "E"), run(6, "F")]),
    ).not.toContain("failed-runs");
  });

  it("10 minutes on one exercise without passing", () => {
    expect(triggersAfter([graded(0, false), run(5, "NameError", "ex1"), graded(9.9, false)])).not.toContain(
      "stuck-on-exercise",
    );
    expect(triggersAfter([graded(0, false), run(5, "NameError", "ex1"), graded(10, false)])).toContain(
      "stuck-on-exercise",
    );
    // passing resets the clock
    expect(triggersAfter([graded(0, false), graded(3, true), graded(12, false)])).not.toContain("stuck-on-exercise");
    expect(triggersAfter([graded(0, false), graded(10, true)])).not.toContain("stuck-on-exercise");
  });

  it("quiz below 50%", () => {
    const quiz = (score: number): Activity => ({
      kind: "quiz",
      id: `q${n++}`,
      time: min(0),
      moduleId: "basics",
      quizId: "basics-quiz",
      score,
    });
    expect(triggersAfter([quiz(50)])).not.toContain("low-quiz-score");
    expect(triggersAfter([quiz(49)])).toContain("low-quiz-score");
  });

  it("the student says they are stuck", () => {
    const q = (saysStuck: boolean): Activity => ({
      kind: "question",
      id: `m${n++}`,
      time: min(0),
      message: "I'm totally lost",
      saysStuck,
    });
    expect(triggersAfter([q(true)])).toEqual(["said-stuck"]);
    expect(triggersAfter([q(false)])).toEqual([]);
  });

  it("thresholds are configurable", () => {
    const t = { ...DEFAULT_THRESHOLDS, sameErrorInARow: 2 };
    expect(detectStruggles([run(0, "NameError")], run(1, "NameError"), t).map((d) => d.trigger)).toContain(
      "repeated-error",
    );
  });
});

describe("the clock-driven stuck check", () => {
  const at = (m: number) => new Date(t0 + m * 60_000);
  it("alerts 10 minutes after the first attempt even with no new run, and not before", async () => {
    const { stuckOnExerciseNow } = await import("./struggle.ts");
    const history = [graded(0, false), run(4, "NameError", "ex1")];
    expect(stuckOnExerciseNow(history, at(9.9))).toBeUndefined();
    expect(stuckOnExerciseNow(history, at(10))?.trigger).toBe("stuck-on-exercise");
  });

  it("stays quiet once the exercise is passed, or when the student left long ago", async () => {
    const { stuckOnExerciseNow } = await import("./struggle.ts");
    expect(stuckOnExerciseNow([graded(0, false), graded(5, true)], at(20))).toBeUndefined();
    expect(stuckOnExerciseNow([graded(0, false)], at(45))).toBeUndefined();
  });
});
