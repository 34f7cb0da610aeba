import { describe, expect, it } from "vitest";
import type { Activity } from "./activity.ts";
import {
  attemptsOf,
  errorTypeOf,
  failed,
  firstPasses,
  gradingRunIds,
  onPassedExercise,
  type Attempt,
} from "./attempts.ts";

// One submission reaches progress as a grading run and a grade: these helpers count it once.

const t0 = Date.UTC(2026, 10, 20, 9);
const at = (s: number) => new Date(t0 + s * 1000).toISOString();
const run = (id: string, s: number, exerciseId = "e1", status = "ok"): Activity => ({
  kind: "run",
  id,
  time: at(s),
  exerciseId,
  status,
  errorType: status === "ok" ? null : "NameError",
});
const graded = (id: string, s: number, passed = false, exerciseId = "e1"): Activity => ({
  kind: "graded",
  id,
  time: at(s),
  moduleId: "m",
  exerciseId,
  score: passed ? 100 : 0,
  passed,
  difficulty: "easy",
});

describe("grading runs", () => {
  it("pairs each grade with the latest run on its exercise from 40 s before to 5 s after", () => {
    const history = [run("early", 59), run("r1", 60), run("r2", 90), graded("g1", 100), run("late", 106)];
    expect([...gradingRunIds(history)]).toEqual(["r2"]);
    // the window's edges are inside it
    expect([...gradingRunIds([run("edge", 60), graded("g", 100)])]).toEqual(["edge"]);
    expect([...gradingRunIds([graded("g", 100), run("after", 105)])]).toEqual(["after"]);
    expect([...gradingRunIds([run("too-early", 59), graded("g", 100), run("too-late", 106)])]).toEqual([]);
  });

  it("pairs a run once, and only a run on the same exercise", () => {
    const history = [run("r1", 0), graded("g1", 10), graded("g2", 20), run("other", 15, "e2")];
    expect([...gradingRunIds(history)]).toEqual(["r1"]);
    // of two runs at the same moment the later in order wins
    expect([...gradingRunIds([run("a", 0), run("b", 0), graded("g", 1)])]).toEqual(["b"]);
  });

  it("lists one attempt per submission, oldest first, in any input order", () => {
    const history = [
      graded("g1", 10),
      run("free", 0, "e1", "error"),
      run("r1", 9),
      { kind: "review", id: "x", time: at(5), score: 1 } as Activity,
    ];
    expect(attemptsOf(history).map((a) => a.id)).toEqual(["free", "g1"]);
  });
});

describe("attempt outcomes", () => {
  it("counts a run as failed unless ok, and a submission unless passed", () => {
    expect(failed(run("a", 0, "e1", "error") as Attempt)).toBe(true);
    expect(failed(run("a", 0) as Attempt)).toBe(false);
    expect(failed(graded("g", 0, false) as Attempt)).toBe(true);
    expect(failed(graded("g", 0, true) as Attempt)).toBe(false);
  });

  it("takes the error type from the run, or from a submission that did not load", () => {
    expect(errorTypeOf(run("a", 0, "e1", "error") as Attempt)).toBe("NameError");
    expect(errorTypeOf(graded("g", 0) as Attempt)).toBeNull();
    const broken = { ...graded("g", 0), error: { type: "SyntaxError", message: "x", line: 1 } } as Attempt;
    expect(errorTypeOf(broken)).toBe("SyntaxError");
  });

  it("knows when each exercise was first passed, and what came after", () => {
    const history = [
      graded("g2", 20, true),
      graded("g1", 10, true),
      graded("g0", 5, false),
      graded("x", 30, true, "e2"),
    ];
    const passes = firstPasses(history);
    expect(passes).toEqual(
      new Map([
        ["e1", at(10)],
        ["e2", at(30)],
      ]),
    );
    expect(onPassedExercise(graded("later", 11), passes)).toBe(true);
    expect(onPassedExercise(graded("before", 9), passes)).toBe(false);
    expect(onPassedExercise(run("r", 11), passes)).toBe(true);
    expect(onPassedExercise(run("r", 11, "e3"), passes)).toBe(false);
    // at the same moment: the passing grade itself is not after the pass, anything else is
    expect(onPassedExercise(graded("same", 10, true), passes)).toBe(false);
    expect(onPassedExercise(graded("same", 10, false), passes)).toBe(true);
    expect(onPassedExercise({ kind: "review", id: "r", time: at(50), score: 1 }, passes)).toBe(false);
  });
});
