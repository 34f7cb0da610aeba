import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { loadCurriculum } from "@emberlearn/content";
import { drivers, startExercisePlatform, type Account } from "../testing/exercise-platform.ts";

// Quiz integrity through the real services (auth tokens, the exercise service,
// progress computing mastery from the events) on PGlite and on PostgreSQL.

const QUIZ = "basics-quiz";
const curriculum = await loadCurriculum();
const pool = curriculum.quizzes.find((q) => q.id === QUIZ)!.questions;
const wrongAnswerTo = (id: string) => {
  const q = pool.find((x) => x.id === id)!;
  return q.kind === "multiple-choice" ? (q.answer + 1) % q.options.length : "I do not know";
};

describe.each(drivers)("quiz attempts on $name", ({ open }) => {
  let p: Awaited<ReturnType<typeof startExercisePlatform>>;
  beforeAll(async () => {
    p = await startExercisePlatform(open);
  }, 120_000);
  afterAll(() => p?.stop());

  const start = (s: Account) => p.call("exercise", "POST", `/api/exercise/quizzes/${QUIZ}/attempts`, s.token, {});
  const submit = (s: Account, attemptId: string, answers: Record<string, unknown>) =>
    p.call("exercise", "POST", `/api/exercise/quizzes/${QUIZ}/attempts/${attemptId}/submit`, s.token, { answers });
  /** time passes: the student's last submission moves past the cooling-off */
  const coolDown = (s: Account) =>
    p.database.db.execute(
      sql`update exercise.quiz_attempts set submitted_at = submitted_at - interval '1 day' where student_id = ${s.id}`,
    );

  it("a blank or partly blank attempt gives away no answer", async () => {
    const s = await p.student();
    const started = await start(s);
    expect(started.status).toBe(201);
    const drawn: string[] = started.body.questions.map((q: { id: string }) => q.id);
    expect(drawn.length).toBe(8);
    expect(pool.length).toBeGreaterThanOrEqual(20);
    for (const q of started.body.questions) expect(Object.keys(q)).not.toContain("answer");
    const secrets = pool.map((q) => q.explanation);
    const leaks = (body: unknown) =>
      secrets.filter((e) => JSON.stringify(body).includes(JSON.stringify(e).slice(1, -1)));
    expect(leaks(started.body)).toEqual([]);

    // the old harvest: answers sent where an attempt starts
    const legacy = await p.call("exercise", "POST", `/api/exercise/quizzes/${QUIZ}/attempts`, s.token, { answers: {} });
    expect(legacy.status).toBe(400);
    const blank = await submit(s, started.body.id, {});
    expect(blank.status).toBe(400);
    expect(blank.body.errors).toEqual([{ field: "body.answers", message: "must answer at least one question" }]);
    expect(leaks(blank.body)).toEqual([]);
    const unknown = await submit(s, started.body.id, { "not-a-question": 1, [drawn[0]!]: wrongAnswerTo(drawn[0]!) });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toEqual({
      field: "body.answers.not-a-question",
      message: "is not a question of this attempt",
    });
    const notDrawn = pool.find((q) => !drawn.includes(q.id))!.id;
    const other = await submit(s, started.body.id, { [notDrawn]: wrongAnswerTo(notDrawn) });
    expect(other.body.errors[0]).toEqual({
      field: `body.answers.${notDrawn}`,
      message: "is not a question of this attempt",
    });
    // refused submissions leave the attempt open: reloading gives the same draw
    const again = await start(s);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(started.body.id);

    const one = drawn[0]!;
    const partial = await submit(s, started.body.id, { [one]: wrongAnswerTo(one) });
    expect(partial.status).toBe(200);
    expect(partial.body).toMatchObject({ score: 0, correct: 0, answered: 1, total: 8 });
    const answered = partial.body.results.filter((r: { answered: boolean }) => r.answered);
    expect(answered).toHaveLength(1);
    expect(answered[0].expected).toEqual(pool.find((q) => q.id === one)!.answer);
    for (const r of partial.body.results.filter((x: { answered: boolean }) => !x.answered))
      expect(r).toEqual({ questionId: r.questionId, answered: false, correct: false, given: null });
    expect(leaks(partial.body)).toEqual([pool.find((q) => q.id === one)!.explanation]);
    // reading the attempt back shows the same, and nobody else can read it
    const read = await p.call("exercise", "GET", `/api/exercise/quizzes/${QUIZ}/attempts/${started.body.id}`, s.token);
    expect(read.body.results).toEqual(partial.body.results);
    const stranger = await p.student();
    const peek = await p.call(
      "exercise",
      "GET",
      `/api/exercise/quizzes/${QUIZ}/attempts/${started.body.id}`,
      stranger.token,
    );
    expect(peek.status).toBe(404);
    expect((await submit(stranger, started.body.id, { [one]: 0 })).status).toBe(404);
  });

  it("replaying harvested answers scores nothing extra: the quiz component stays at half", async () => {
    const s = await p.student();
    const key = new Map<string, unknown>();
    // harvest: wrong answers to every question until the feedback has shown the whole key
    for (let round = 0; key.size < pool.length; round++) {
      if (round > 0) await coolDown(s);
      const a = await start(s);
      expect(a.status).toBe(201);
      // every draw prefers questions whose answer was not shown yet
      const fresh = a.body.questions.filter((q: { id: string }) => !key.has(q.id)).length;
      expect(fresh).toBe(Math.min(8, pool.length - key.size));
      const answers = Object.fromEntries(a.body.questions.map((q: { id: string }) => [q.id, wrongAnswerTo(q.id)]));
      const r = await submit(s, a.body.id, answers);
      expect(r.body.score).toBe(0);
      for (const x of r.body.results) key.set(x.questionId, x.expected);
      if (round === 0) {
        // the same attempt cannot be sent again, and the next one waits for the cooling-off
        const replay = await submit(s, a.body.id, answers);
        expect(replay.status).toBe(409);
        expect(replay.body.errors).toEqual([{ field: "params.attemptId", message: "was already submitted" }]);
        const early = await start(s);
        expect(early.status).toBe(429);
        expect(Number(early.headers.get("retry-after"))).toBeGreaterThan(500);
        expect(early.body.detail).toMatch(/again at/);
      }
    }
    // replay: the harvested key, right answers everywhere
    const right = new Set<string>();
    const scores: number[] = [];
    while (right.size < pool.length) {
      await coolDown(s);
      const a = await start(s);
      const answers = Object.fromEntries(a.body.questions.map((q: { id: string }) => [q.id, key.get(q.id)]));
      const r = await submit(s, a.body.id, answers);
      scores.push(r.body.score);
      for (const x of r.body.results) right.add(x.questionId);
    }
    expect(scores.every((x) => x === 100)).toBe(true);
    // every event handled: all questions asked, all right after their answer was shown
    const allReplayed = `${pool.length} right only after the answer was shown (half credit)`;
    const quiz = await waitForQuizComponent(s, (c) => c.reasons.some((r: { text: string }) => r.text === allReplayed));
    expect(quiz.value).toBe(50);
    expect(quiz.reasons[0].text).toBe(`${pool.length} quiz questions asked so far; each counts by your latest answer`);
  }, 60_000);

  it("an honest first attempt counts in full", async () => {
    const s = await p.student();
    const a = await start(s);
    const answers = Object.fromEntries(
      a.body.questions.map((q: { id: string }) => [q.id, pool.find((x) => x.id === q.id)!.answer]),
    );
    expect((await submit(s, a.body.id, answers)).body.score).toBe(100);
    expect((await waitForQuizComponent(s, (c) => c.value > 0)).value).toBe(100);
  });

  it("starts at once give one draw; submissions at once score once", async () => {
    const s = await p.student();
    const starts = await Promise.all([start(s), start(s), start(s), start(s)]);
    expect(starts.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(starts.map((r) => r.body.id)).size).toBe(1);
    const q = starts[0]!.body.questions[0].id;
    const send = () => submit(s, starts[0]!.body.id, { [q]: wrongAnswerTo(q) });
    const subs = await Promise.all([send(), send(), send(), send()]);
    expect(subs.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const status = await p.call("exercise", "GET", `/api/exercise/quizzes/${QUIZ}`, s.token);
    expect(status.body.attempts).toHaveLength(1);
    expect(status.body.nextAttemptAt).not.toBeNull();
  });

  it("lists the course modules in course order, as the curriculum has them", async () => {
    const s = await p.student();
    const res = await p.call("exercise", "GET", "/api/exercise/modules", s.token);
    expect(res.status).toBe(200);
    expect(res.body.modules.map((m: { id: string }) => m.id)).toEqual(curriculum.modules.map((m) => m.id));
    expect(res.body.modules[0]).toEqual({ id: "basics", title: curriculum.modules[0]!.title, order: 1 });
  });

  async function waitForQuizComponent(
    s: Account,
    ready: (c: { value: number; reasons: { text: string }[] }) => boolean,
  ) {
    for (let i = 0; i < 100; i++) {
      const me = await p.call("progress", "GET", "/api/progress/me", s.token);
      const c = me.body?.modules
        ?.find((m: { moduleId: string }) => m.moduleId === "basics")
        ?.components.find((x: { name: string }) => x.name === "quiz");
      if (c && ready(c)) return c;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("the quiz component never updated");
  }
});
