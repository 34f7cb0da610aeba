import { describe, expect, it } from "vitest";
import type { Activity } from "./activity.ts";
import { DEFAULT_THRESHOLDS, detectStruggles, stuckOnExerciseNow, type Thresholds } from "./struggle.ts";

// What each alert says to the teacher, what evidence it carries, and where each trigger starts and stops.

const t0 = Date.UTC(2026, 10, 20, 9);
const at = (min: number) => new Date(t0 + min * 60_000).toISOString();
let n = 0;
const run = (min: number, errorType: string | null = "NameError", exerciseId = "e1"): Activity => ({
  kind: "run",
  id: `r${n++}`,
  time: at(min),
  moduleId: "basics",
  exerciseId,
  status: errorType ? "error" : "ok",
  errorType,
});
const graded = (min: number, passed = false, exerciseId = "e1"): Activity => ({
  kind: "graded",
  id: `g${n++}`,
  time: at(min),
  moduleId: "basics",
  exerciseId,
  score: passed ? 100 : 20,
  passed,
  difficulty: "easy",
});
const detect = (history: Activity[], t: Partial<Thresholds> = {}, opts = {}) =>
  detectStruggles(history, history.at(-1)!, { ...DEFAULT_THRESHOLDS, ...t }, opts);

describe("struggle alerts in words", () => {
  it("counts the same error in a row, and keeps twice the threshold as evidence", () => {
    const runs = Array.from({ length: 8 }, (_, i) => run(i));
    const [d] = detect(runs).filter((x) => x.trigger === "repeated-error");
    expect(d).toMatchObject({ moduleId: "basics", exerciseId: "e1", summary: "NameError 8 times in a row" });
    expect(d!.evidence.map((e) => e.id)).toEqual(runs.slice(-6).map((r) => r.id));
    // a different error breaks the streak
    expect(detect([run(0), run(1), run(2, "TypeError"), run(3)]).map((x) => x.trigger)).not.toContain("repeated-error");
  });

  it("counts only errors within the window of the newest one", () => {
    const history = [run(0), run(31), run(32)];
    expect(detect(history).map((x) => x.trigger)).not.toContain("repeated-error");
    expect(detect([run(2), run(31), run(32)]).map((x) => x.trigger)).toContain("repeated-error");
  });

  it("names failed runs, submissions, or both", () => {
    const kinds = (history: Activity[]) =>
      detect(history, { sameErrorInARow: 99 }).find((x) => x.trigger === "failed-runs")?.summary;
    expect(kinds([run(0), run(1), run(2), run(3), run(4)])).toBe("5 failed runs in a row");
    expect(kinds([graded(0), graded(1), graded(2), graded(3), graded(4)])).toBe("5 failed submissions in a row");
    expect(kinds([run(0), run(1), graded(2), run(3), run(4)])).toBe("5 failed runs or submissions in a row");
    expect(kinds([run(0), run(1), run(2), run(3)])).toBeUndefined();
    expect(kinds([run(0), run(1), run(2), run(3), run(4, null)])).toBeUndefined();
  });

  it("says how long a student worked on an exercise without passing, by title", () => {
    const history = [run(0, null), run(4, null), graded(8), run(12, null)];
    const [d] = detect(
      history,
      { stuckMinutes: 10 },
      { titleOf: (id: string) => (id === "e1" ? "Greeting" : undefined) },
    ).filter((x) => x.trigger === "stuck-on-exercise");
    expect(d).toMatchObject({
      exerciseId: "e1",
      summary: "Worked on “Greeting” for 12 minutes without passing (1 submission, 3 runs over 12 min)",
    });
    expect(d!.evidence.map((e) => e.id)).toEqual(history.map((a) => a.id));
    expect(detect(history, { stuckMinutes: 13 }).map((x) => x.trigger)).not.toContain("stuck-on-exercise");
    expect(detect(history, { stuckMinutes: 10, stuckAttempts: 5 }).map((x) => x.trigger)).not.toContain(
      "stuck-on-exercise",
    );
  });

  it("speaks in seconds under two minutes", () => {
    const history = [run(0, null), run(0.5, null), run(1, null)];
    const [d] = detect(history, { stuckMinutes: 0.5 }).filter((x) => x.trigger === "stuck-on-exercise");
    expect(d!.summary).toBe("Worked on “e1” for 60 seconds without passing (0 submissions, 3 runs over 60 s)");
  });

  it("reports a low quiz score with how many questions were right", () => {
    const quiz = (
      score: number,
      questions?: { questionId: string; answered: boolean; correct: boolean }[],
    ): Activity => ({
      kind: "quiz",
      id: `q${n++}`,
      time: at(0),
      moduleId: "basics",
      quizId: "basics-quiz",
      score,
      ...(questions ? { questions } : {}),
    });
    const q = quiz(25, [
      { questionId: "a", answered: true, correct: true },
      { questionId: "b", answered: true, correct: false },
      { questionId: "c", answered: false, correct: false },
      { questionId: "d", answered: true, correct: false },
    ]);
    expect(detect([q])).toEqual([
      {
        trigger: "low-quiz-score",
        moduleId: "basics",
        summary: "Scored 25% on the basics-quiz quiz (1 of 4 right)",
        evidence: [q],
      },
    ]);
    expect(detect([quiz(40)])[0]!.summary).toBe("Scored 40% on the basics-quiz quiz");
    expect(detect([quiz(50)])).toEqual([]);
  });

  it("quotes a student who says they are stuck, up to 140 characters", () => {
    const q: Activity = {
      kind: "question",
      id: "c1",
      time: at(0),
      message: `help ${"x".repeat(200)}`,
      saysStuck: true,
    };
    const [d] = detect([q]);
    expect(d).toMatchObject({ trigger: "said-stuck", moduleId: null, evidence: [q] });
    expect(d!.summary).toBe(`Told the tutor: “help ${"x".repeat(135)}”`);
    expect(detect([{ ...q, saysStuck: false }])).toEqual([]);
  });

  it("looks only at what came after a teacher resolved the same trigger", () => {
    const runs = [run(0), run(1), run(2), run(3)];
    expect(detect(runs, {}, { since: { "repeated-error": at(1) } }).map((x) => x.trigger)).not.toContain(
      "repeated-error",
    );
    expect(detect(runs, {}, { since: { "repeated-error": at(0) } }).map((x) => x.trigger)).toContain("repeated-error");
    // the newest activity judged as it arrived: later ones in the history do not count
    const history = [run(0), run(1), run(2), run(3)];
    expect(detectStruggles(history, history[1]!).map((x) => x.trigger)).toEqual([]);
  });
});

describe("stuck, noticed by the clock", () => {
  const history = [run(0, null), run(3, null), run(6, null)];
  it("counts the thinking time since the last run while it is short", () => {
    const d = stuckOnExerciseNow(history, new Date(Date.parse(at(10))), { ...DEFAULT_THRESHOLDS, stuckMinutes: 10 });
    expect(d?.summary).toBe("Worked on “e1” for 10 minutes without passing (0 submissions, 3 runs over 6 min)");
    expect(
      stuckOnExerciseNow(history, new Date(Date.parse(at(12))), { ...DEFAULT_THRESHOLDS, stuckMinutes: 10 }),
    ).toBeUndefined();
  });

  it("ignores a student long gone, a passed exercise, and work before a resolved alert", () => {
    const t = { ...DEFAULT_THRESHOLDS, stuckMinutes: 5 };
    expect(stuckOnExerciseNow(history, new Date(Date.parse(at(37))), t)).toBeUndefined();
    expect(stuckOnExerciseNow([...history, graded(7, true)], new Date(Date.parse(at(8))), t)).toBeUndefined();
    expect(stuckOnExerciseNow(history, new Date(Date.parse(at(7))), t)).toBeDefined();
    expect(
      stuckOnExerciseNow(history, new Date(Date.parse(at(7))), t, { since: { "stuck-on-exercise": at(3) } }),
    ).toBeUndefined();
    expect(stuckOnExerciseNow([], new Date(), t)).toBeUndefined();
  });
});
