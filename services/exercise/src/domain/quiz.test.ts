import { describe, expect, it } from "vitest";
import { checkAnswers, scoreAttempt, type QuizQuestion } from "./quiz.ts";
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

describe("quiz draws", () => {
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
    expect(nextAttemptAt(undefined, 10, now)).toBeNull();
    expect(nextAttemptAt("2026-01-01T10:00:00Z", 0, now)).toBeNull();
  });
});
