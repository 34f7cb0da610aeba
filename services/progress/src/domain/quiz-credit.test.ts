import { describe, expect, it } from "vitest";
import { quizCredit, type QuizActivity } from "./quiz-credit.ts";
import { computeModuleMastery } from "./mastery.ts";

let n = 0;
type Outcome = "right" | "wrong" | "skip";
const attempt = (outcomes: Record<string, Outcome>, score = 0): QuizActivity => ({
  kind: "quiz",
  id: `q${n}`,
  time: new Date(Date.UTC(2026, 0, 1, 0, n++)).toISOString(),
  moduleId: "basics",
  quizId: "basics-quiz",
  score,
  questions: Object.entries(outcomes).map(([questionId, o]) => ({
    questionId,
    answered: o !== "skip",
    correct: o === "right",
  })),
});
const ids = (prefix: string, k: number) => Array.from({ length: k }, (_, i) => `${prefix}${i}`);
const all = (qs: string[], o: Outcome) => Object.fromEntries(qs.map((q) => [q, o]));

describe("quiz component of mastery", () => {
  it("gives 100 for a first attempt answered right", () => {
    expect(quizCredit([attempt(all(ids("a", 8), "right"))]).value).toBe(100);
  });

  it("caps a harvest at 50: wrong answers reveal the key, the replay earns half", () => {
    const qs = ids("a", 8);
    const harvest = attempt(all(qs, "wrong"));
    const replay = attempt(all(qs, "right"), 100);
    expect(quizCredit([harvest, replay]).value).toBe(50);
    // more replays of the same answers add nothing
    expect(quizCredit([harvest, replay, attempt(all(qs, "right"), 100)]).value).toBe(50);
  });

  it("a skipped question reveals nothing, so answering it right later is full credit", () => {
    const c = quizCredit([attempt({ a: "skip", b: "right" }), attempt({ a: "right", c: "right" })]);
    expect(c).toMatchObject({ asked: 3, firstTime: 3, afterFeedback: 0, value: 100 });
  });

  it("rewards learning: new questions answered right raise the component", () => {
    const first = attempt({ ...all(ids("a", 4), "right"), ...all(ids("w", 4), "wrong") });
    expect(quizCredit([first]).value).toBe(50);
    expect(quizCredit([first, attempt(all(ids("n", 8), "right"))]).value).toBe(75);
    // relearning the four missed ones gives half credit each
    expect(quizCredit([first, attempt(all(ids("w", 4), "right"))]).value).toBe(75);
  });

  it("counts the latest answer: a question once right and now wrong earns nothing", () => {
    expect(quizCredit([attempt({ a: "right", b: "right" }), attempt({ a: "wrong" })]).value).toBe(50);
  });

  it("attempts recorded before per-question outcomes count by their best score until a new one arrives", () => {
    const legacy = { ...attempt({}), questions: undefined, score: 70 };
    expect(quizCredit([legacy]).value).toBe(70);
    expect(quizCredit([legacy, attempt({ a: "right", b: "wrong" })]).value).toBe(50);
  });

  it("explains itself in the mastery report", () => {
    const module = { id: "basics", title: "Basics", order: 1, exercises: [] };
    const c = computeModuleMastery(module, [
      attempt({ a: "wrong", b: "right" }),
      attempt({ a: "right" }),
    ]).components.find((x) => x.name === "quiz")!;
    expect(c.value).toBe(75);
    expect(c.reasons.map((r) => r.text)).toEqual([
      "2 quiz questions asked so far; each counts by your latest answer",
      "1 right the first time (full credit)",
      "1 right only after the answer was shown (half credit)",
    ]);
  });
});
