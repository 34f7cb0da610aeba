import { describe, expect, it } from "vitest";
import { checkAnswers, normaliseOutput, questionForStudent, scoreAttempt, type QuizQuestion } from "./quiz.ts";
import { drawQuestions, nextAttemptAt } from "./quiz-draw.ts";

const mc = (id: string, answer: number): QuizQuestion => ({
  id,
  kind: "multiple-choice",
  prompt: "Pick one",
  options: ["a", "b", "c"],
  answer,
  explanation: `because ${id}`,
});
const po = (id: string, answer: string): QuizQuestion => ({
  id,
  kind: "predict-output",
  prompt: "What prints?",
  code: "print(1)",
  answer,
  explanation: `because ${id}`,
});
const draw = [mc("m1", 1), mc("m2", 2), po("p1", "1\n2")];

describe("quiz answers", () => {
  it("refuses a blank attempt, unknown ids and wrong kinds, naming each field", () => {
    expect(checkAnswers(draw, {})).toEqual([{ field: "body.answers", message: "must answer at least one question" }]);
    expect(checkAnswers(draw, { nope: 1, m1: 7, m2: "2", p1: 3 })).toEqual([
      { field: "body.answers.nope", message: "is not a question of this attempt" },
      { field: "body.answers.m1", message: "must be the number of an option, 0 to 2" },
      { field: "body.answers.m2", message: "must be the number of an option, 0 to 2" },
      { field: "body.answers.p1", message: "must be the printed text, as a string" },
    ]);
  });

  it("gives the answer and explanation only for answered questions", () => {
    const r = scoreAttempt(draw, { m1: 0, p1: "1  \r\n2\n" });
    expect(r).toMatchObject({ score: 33, correct: 1, answered: 2, total: 3 });
    expect(r.results).toEqual([
      { questionId: "m1", answered: true, correct: false, given: 0, expected: 1, explanation: "because m1" },
      { questionId: "m2", answered: false, correct: false, given: null },
      {
        questionId: "p1",
        answered: true,
        correct: true,
        given: "1  \r\n2\n",
        expected: "1\n2",
        explanation: "because p1",
      },
    ]);
  });
});

describe("quiz scoring", () => {
  it("scores right answers over the questions drawn, rounded, a skipped one counting as wrong", () => {
    expect(scoreAttempt(draw, { m1: 1, m2: 2 })).toMatchObject({ score: 67, correct: 2, answered: 2, total: 3 });
    expect(scoreAttempt(draw, { m1: 1, m2: 2, p1: "1\n2" })).toMatchObject({ score: 100, correct: 3, answered: 3 });
    expect(scoreAttempt(draw, { m1: 2 })).toMatchObject({ score: 0, correct: 0, answered: 1 });
    expect(
      scoreAttempt([mc("a", 0), mc("b", 0), mc("c", 0), mc("d", 0), mc("e", 0), mc("f", 0), mc("g", 0), mc("h", 0)], {
        a: 0,
      }).score,
    ).toBe(13);
    expect(scoreAttempt([], {})).toEqual({ score: 0, correct: 0, answered: 0, total: 0, results: [] });
  });

  it("compares a printed answer as the student sees it, not a number with a string", () => {
    expect(scoreAttempt([po("p", "3")], { p: "3" }).correct).toBe(1);
    expect(scoreAttempt([po("p", "3")], { p: " 3" }).correct).toBe(1);
    expect(scoreAttempt([po("p", "3")], { p: "4" }).correct).toBe(0);
    // a multiple-choice answer is the option's number, exactly
    expect(scoreAttempt([mc("m", 1)], { m: "1" }).correct).toBe(0);
  });

  it("normalises line endings and trailing spaces only", () => {
    expect(normaliseOutput("  a  \r\nb\t\n\n")).toBe("a\nb");
    expect(normaliseOutput("a b\n c")).toBe("a b\n c");
    expect(normaliseOutput("a\r\n\r\nb")).toBe("a\n\nb");
  });

  it("accepts each option's number and only those, and any text for a printed answer", () => {
    expect(checkAnswers(draw, { m1: 0, m2: 2, p1: "" })).toEqual([]);
    const bad = (v: unknown) => checkAnswers(draw, { m1: v as number });
    for (const v of [-1, 3, 1.5, Number.NaN]) expect(bad(v), String(v)).toHaveLength(1);
  });

  it("never shows a student the answer or the explanation", () => {
    expect(questionForStudent(mc("m1", 1))).toEqual({
      id: "m1",
      kind: "multiple-choice",
      prompt: "Pick one",
      options: ["a", "b", "c"],
    });
    expect(questionForStudent(po("p1", "1"))).toEqual({
      id: "p1",
      kind: "predict-output",
      prompt: "What prints?",
      code: "print(1)",
    });
  });
});

describe("quiz draws", () => {
  const never = () => 0;

  it("orders tiers: never drawn, drawn but unanswered, last answer wrong, last answer right", () => {
    const past = [
      {
        submittedAt: "2026-01-01T00:00:00Z",
        results: [
          { questionId: "right", answered: true, correct: true },
          { questionId: "wrong", answered: true, correct: false },
          { questionId: "skipped", answered: false, correct: false },
          { questionId: "fixed", answered: true, correct: false },
        ],
      },
      // the latest answer decides: "fixed" was wrong, then right
      {
        submittedAt: "2026-01-02T00:00:00Z",
        results: [{ questionId: "fixed", answered: true, correct: true }],
      },
    ];
    const pool = ["right", "wrong", "skipped", "fixed", "new"];
    expect(drawQuestions(pool, past, 5, never)).toEqual(["new", "skipped", "wrong", "right", "fixed"]);
    expect(drawQuestions(pool, past, 2, never)).toEqual(["new", "skipped"]);
    expect(drawQuestions(pool, past, 9, never)).toHaveLength(5);
  });

  it("within a tier, draws the question seen longest ago first, whatever order attempts are listed in", () => {
    const past = [
      { submittedAt: "2026-01-03T00:00:00Z", results: [{ questionId: "c", answered: true, correct: true }] },
      { submittedAt: "2026-01-01T00:00:00Z", results: [{ questionId: "a", answered: true, correct: true }] },
      { submittedAt: "2026-01-02T00:00:00Z", results: [{ questionId: "b", answered: true, correct: true }] },
    ];
    expect(drawQuestions(["c", "b", "a"], past, 3, never)).toEqual(["a", "b", "c"]);
    // a question answered wrong long ago and right recently is "right", seen on the later date
    const later = [
      ...past,
      { submittedAt: "2026-01-04T00:00:00Z", results: [{ questionId: "a", answered: true, correct: true }] },
    ];
    expect(drawQuestions(["c", "b", "a"], later, 3, never)).toEqual(["b", "c", "a"]);
  });

  it("shuffles with the random source it is given (Fisher–Yates)", () => {
    // random(n) = n - 1 leaves every element in place; 0 rotates the first element to the end, and so on
    expect(drawQuestions(["a", "b", "c", "d"], [], 4, (n) => n - 1)).toEqual(["a", "b", "c", "d"]);
    expect(drawQuestions(["a", "b", "c", "d"], [], 4, () => 0)).toEqual(["b", "c", "d", "a"]);
  });

  const pool = Array.from({ length: 20 }, (_, i) => `q${i}`);
  const seq = (seed: number) => {
    let x = seed;
    return (n: number) => {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      return x % n;
    };
  };

  it("draws new questions before ones whose answer was shown", () => {
    const first = drawQuestions(pool, [], 8, seq(1));
    expect(new Set(first).size).toBe(8);
    const past = [
      {
        submittedAt: "2026-01-01T00:00:00Z",
        results: first.map((questionId) => ({ questionId, answered: true, correct: true })),
      },
    ];
    const second = drawQuestions(pool, past, 8, seq(2));
    expect(second.filter((q) => first.includes(q))).toEqual([]);
    // with 4 fresh questions left, the third draw takes all 4, then the wrongly answered ones
    const wrong = second.slice(0, 4);
    const past2 = [
      ...past,
      {
        submittedAt: "2026-01-02T00:00:00Z",
        results: second.map((questionId) => ({ questionId, answered: true, correct: !wrong.includes(questionId) })),
      },
    ];
    const third = drawQuestions(pool, past2, 8, seq(3));
    const fresh = pool.filter((q) => !first.includes(q) && !second.includes(q));
    expect(new Set(third)).toEqual(new Set([...fresh, ...wrong]));
  });

  it("differs between students (random order within a tier)", () => {
    expect(drawQuestions(pool, [], 8, seq(1))).not.toEqual(drawQuestions(pool, [], 8, seq(99)));
  });

  it("opens the next attempt after the cooling-off", () => {
    const now = new Date("2026-01-01T10:05:00Z");
    expect(nextAttemptAt("2026-01-01T10:00:00Z", 10, now)?.toISOString()).toBe("2026-01-01T10:10:00.000Z");
    expect(nextAttemptAt("2026-01-01T09:50:00Z", 10, now)).toBeNull();
    // the moment the cooling-off ends, the next attempt is open
    expect(nextAttemptAt("2026-01-01T09:55:00Z", 10, now)).toBeNull();
    expect(nextAttemptAt(undefined, 10, now)).toBeNull();
    expect(nextAttemptAt("2026-01-01T10:00:00Z", 0, now)).toBeNull();
  });
});
