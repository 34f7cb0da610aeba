import { describe, expect, it } from "vitest";
import { detectStruggles, DEFAULT_THRESHOLDS, stuckOnExerciseNow } from "./struggle.ts";
import type { Activity } from "./activity.ts";

// Each trigger: the case it is for fires, and the look-alikes that fooled earlier versions do not.

let n = 0;
const t0 = Date.UTC(2026, 10, 24, 9);
const at = (m: number) => new Date(t0 + m * 60_000);
const min = (m: number) => at(m).toISOString();
const run = (m: number, errorType: string | null, exerciseId?: string): Activity => ({
  kind: "run",
  id: `r${n++}`,
  time: min(m),
  moduleId: "basics",
  exerciseId,
  status: errorType ? "error" : "ok",
  errorType,
});
const graded = (m: number, passed: boolean, exerciseId = "ex1", error?: string): Activity => ({
  kind: "graded",
  id: `g${n++}`,
  time: min(m),
  moduleId: "basics",
  exerciseId,
  score: passed ? 100 : 20,
  passed,
  difficulty: "easy",
  ...(error ? { error: { type: error, message: "boom", line: 1 } } : {}),
});
/** a submission as progress receives it: the sandbox's grading run (ok: the code loaded), then the grade */
const submission = (m: number, passed: boolean, exerciseId = "ex1"): Activity[] => [
  run(m - 0.01, null, exerciseId),
  graded(m, passed, exerciseId),
];

function triggersAfter(history: Activity[]) {
  return detectStruggles(history.slice(0, -1), history[history.length - 1]).map((d) => d.trigger);
}

describe("repeated-error: the same error type 3 times in a row", () => {
  it("fires on the third, not the second", () => {
    expect(triggersAfter([run(0, "NameError"), run(1, "NameError")])).not.toContain("repeated-error");
    expect(triggersAfter([run(0, "NameError"), run(1, "NameError"), run(2, "NameError")])).toContain("repeated-error");
  });
  it("does not fire when another error or a success breaks the run", () => {
    expect(
      triggersAfter([run(0, "NameError"), run(1, "TypeError"), run(2, "NameError"), run(3, "NameError")]),
    ).not.toContain("repeated-error");
    expect(triggersAfter([run(0, "NameError"), run(1, null), run(2, "NameError"), run(3, "NameError")])).not.toContain(
      "repeated-error",
    );
  });
  it("does not fire for errors spread over different sittings (outside the 30-minute window)", () => {
    expect(triggersAfter([run(0, "NameError"), run(40, "NameError"), run(80, "NameError")])).not.toContain(
      "repeated-error",
    );
  });
  it("counts a submission that did not load once, not twice (its grading run is the same attempt)", () => {
    const loadFail = (m: number) => [
      { ...(run(m - 0.01, "SyntaxError", "ex1") as Activity), status: "error" } as Activity,
      graded(m, false, "ex1", "SyntaxError"),
    ];
    expect(triggersAfter([...loadFail(0), ...loadFail(1)])).not.toContain("repeated-error");
    expect(triggersAfter([...loadFail(0), ...loadFail(1), ...loadFail(2)])).toContain("repeated-error");
  });
});

describe("failed-runs: 5 failed runs or submissions in a row", () => {
  it("fires on the fifth failure, not the fourth, and a success resets", () => {
    const four = [run(0, "NameError"), run(1, "TypeError"), graded(2, false), run(3, "ValueError")];
    expect(triggersAfter(four)).not.toContain("failed-runs");
    const five = [...four, run(4, "KeyError")];
    const d = detectStruggles(five.slice(0, -1), five[4]!).find((x) => x.trigger === "failed-runs")!;
    expect(d.evidence).toHaveLength(5);
    expect(
      triggersAfter([run(0, "A"), run(1, "B"), run(2, null), run(3, "C"), run(4, "D"), run(5, "E"), run(6, "F")]),
    ).not.toContain("failed-runs");
  });
  it("sees 5 failed submissions even though each grading run itself was ok", () => {
    const subs = [0, 1, 2, 3, 4].flatMap((m) => submission(m, false));
    expect(triggersAfter(subs.slice(0, -2))).not.toContain("failed-runs");
    expect(triggersAfter(subs)).toContain("failed-runs");
  });
  it("does not count failures on an exercise the student had already passed", () => {
    const history = [...submission(0, true), ...[1, 2, 3, 4, 5].flatMap((m) => submission(m, false))];
    expect(triggersAfter(history)).not.toContain("failed-runs");
  });
});

describe("stuck-on-exercise: 10 minutes of work on an exercise never passed", () => {
  it("fires after 10 minutes of steady work with 3+ attempts", () => {
    const work = [0, 2, 4, 6, 8, 10].flatMap((m) => submission(m, false));
    const d = detectStruggles(work.slice(0, -1), work.at(-1)!).find((x) => x.trigger === "stuck-on-exercise");
    expect(d?.summary).toMatch(
      /^Worked on “ex1” for 10 minutes without passing \(6 submissions, 0 runs over 10 min\)$/,
    );
    expect(triggersAfter(work.slice(0, -2))).not.toContain("stuck-on-exercise");
  });
  it("does not fire after 6 seconds of work, however far apart on the clock", () => {
    // one run, lunch, two more runs: 10+ minutes on the clock, seconds of work
    expect(
      triggersAfter([run(0, "NameError", "ex1"), run(45, "NameError", "ex1"), run(45.1, null, "ex1")]),
    ).not.toContain("stuck-on-exercise");
  });
  it("does not fire with too few attempts, even over a long sitting", () => {
    expect(triggersAfter([run(0, null, "ex1"), run(4.9, null, "ex1")])).not.toContain("stuck-on-exercise");
  });
  it("never fires for an exercise already passed, even on a failed re-submission much later", () => {
    const history = [
      ...[0, 2, 4].flatMap((m) => submission(m, false)),
      ...submission(6, true),
      ...[8, 10, 12, 14].flatMap((m) => submission(m, false)),
    ];
    expect(triggersAfter(history)).toEqual([]);
    expect(stuckOnExerciseNow(history, at(16))).toBeUndefined();
  });
  it("does not count time spent on another exercise in between", () => {
    const history = [
      run(0, "NameError", "ex1"),
      run(4, null, "other"),
      run(8, null, "other"),
      run(12, "NameError", "ex1"),
      run(13, "NameError", "ex1"),
    ];
    expect(triggersAfter(history)).not.toContain("stuck-on-exercise");
  });
  it("only counts work after a teacher resolved the previous alert", () => {
    const work = [0, 2, 4, 6, 8, 10, 11].flatMap((m) => submission(m, false));
    const since = { "stuck-on-exercise": min(10.5) };
    expect(
      detectStruggles(work.slice(0, -1), work.at(-1)!, DEFAULT_THRESHOLDS, { since }).map((d) => d.trigger),
    ).not.toContain("stuck-on-exercise");
  });
});

describe("the clock-driven stuck check", () => {
  const working = [0, 2, 4, 6, 8].flatMap((m) => submission(m, false));
  it("adds the time since the last attempt while it is a short pause", () => {
    expect(stuckOnExerciseNow(working, at(9.9))).toBeUndefined();
    expect(stuckOnExerciseNow(working, at(10))?.trigger).toBe("stuck-on-exercise");
  });
  it("stays quiet once the student left (a long pause is not work) or passed", () => {
    expect(stuckOnExerciseNow(working, at(20))).toBeUndefined();
    expect(stuckOnExerciseNow([...working, ...submission(9, true)], at(10))).toBeUndefined();
  });
});

describe("low-quiz-score and said-stuck", () => {
  const quiz = (score: number): Activity => ({
    kind: "quiz",
    id: `q${n++}`,
    time: min(0),
    moduleId: "basics",
    quizId: "basics-quiz",
    score,
  });
  it("quiz below 50% fires, 50% does not", () => {
    expect(triggersAfter([quiz(50)])).not.toContain("low-quiz-score");
    expect(triggersAfter([quiz(49)])).toContain("low-quiz-score");
  });
  it("the student says they are stuck, and only then", () => {
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
