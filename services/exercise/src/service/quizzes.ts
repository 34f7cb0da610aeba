import { randomInt, randomUUID } from "node:crypto";
import {
  AppError,
  NotFoundError,
  TooManyRequestsError,
  ValidationError,
  type Db,
  type Emitter,
} from "@emberlearn/platform";
import { checkAnswers, questionForStudent, scoreAttempt, type AnswerValue, type QuizQuestion } from "../domain/quiz.ts";
import { drawQuestions, nextAttemptAt } from "../domain/quiz-draw.ts";
import type { Curriculum, Quiz } from "../repository/curriculum.ts";
import {
  findAttempt,
  findOpenAttempt,
  insertOpenAttempt,
  listSubmittedAttempts,
  submitAttempt,
  type QuizAttempt,
} from "../repository/quiz-repository.ts";

// Quiz use cases: start (or resume) an attempt with a server-drawn set of
// questions, submit answers to exactly that draw once, and read the history.
// The policy is described in docs/mastery.md ("Quizzes").

export interface QuizServiceDeps {
  db: Db;
  events: Emitter;
  curriculum: Curriculum;
  /** minutes between a submission and the next attempt of the same quiz */
  cooldownMinutes: number;
}

export function createQuizService(deps: QuizServiceDeps) {
  const { db, events, curriculum, cooldownMinutes } = deps;

  function quizOf(quizId: string): Quiz {
    const quiz = curriculum.quizzes.find((q) => q.id === quizId);
    if (!quiz) throw new NotFoundError(`Quiz "${quizId}"`);
    return quiz;
  }

  const drawOf = (quiz: Quiz, a: QuizAttempt): QuizQuestion[] =>
    a.questionIds.flatMap((id) => quiz.questions.find((q) => q.id === id) ?? []);

  const attemptView = (quiz: Quiz, a: QuizAttempt) => ({
    id: a.id,
    quizId: quiz.id,
    startedAt: a.createdAt,
    submittedAt: a.submittedAt,
    questions: drawOf(quiz, a).map(questionForStudent),
    score: a.score,
    correct: a.correct,
    total: a.total,
    results: a.results,
  });

  async function status(studentId: string, quiz: Quiz) {
    const past = await listSubmittedAttempts(db, studentId, quiz.id);
    const open = await findOpenAttempt(db, studentId, quiz.id);
    const next = open ? null : nextAttemptAt(past.at(-1)?.submittedAt ?? undefined, cooldownMinutes, new Date());
    return {
      id: quiz.id,
      module: quiz.module,
      title: quiz.title,
      questions: Math.min(quiz.perAttempt, quiz.questions.length),
      poolSize: quiz.questions.length,
      cooldownMinutes,
      openAttemptId: open?.id ?? null,
      nextAttemptAt: next?.toISOString() ?? null,
      attempts: past.map((a) => ({
        id: a.id,
        score: a.score ?? 0,
        correct: a.correct ?? 0,
        total: a.total,
        submittedAt: a.submittedAt,
      })),
    };
  }

  return {
    list: (studentId: string) => Promise.all(curriculum.quizzes.map((q) => status(studentId, q))),
    status: (studentId: string, quizId: string) => status(studentId, quizOf(quizId)),

    /** The open attempt if there is one (same draw), else a new draw once the cooling-off has passed. */
    async start(studentId: string, quizId: string) {
      const quiz = quizOf(quizId);
      const open = await findOpenAttempt(db, studentId, quiz.id);
      if (open) return { created: false, attempt: attemptView(quiz, open) };
      const past = await listSubmittedAttempts(db, studentId, quiz.id);
      const next = nextAttemptAt(past.at(-1)?.submittedAt ?? undefined, cooldownMinutes, new Date());
      if (next) {
        const seconds = Math.ceil((next.getTime() - Date.now()) / 1000);
        throw new TooManyRequestsError(
          `You can take this quiz again at ${next.toISOString()} (in ${Math.ceil(seconds / 60)} min). ` +
            "Use the time to read the explanations of your last attempt.",
          seconds,
        );
      }
      const questionIds = drawQuestions(
        quiz.questions.map((q) => q.id),
        past.map((a) => ({ submittedAt: a.submittedAt, results: a.results ?? [] })),
        quiz.perAttempt,
        (n) => randomInt(n),
      );
      const inserted = await insertOpenAttempt(db, { id: randomUUID(), studentId, quizId: quiz.id, questionIds });
      if (inserted) return { created: true, attempt: attemptView(quiz, inserted) };
      // a concurrent start of the same student won the race: both get its draw
      const winner = await findOpenAttempt(db, studentId, quiz.id);
      if (!winner) throw new AppError("conflict", 409, "The attempt changed while it was being opened; try again");
      return { created: false, attempt: attemptView(quiz, winner) };
    },

    async get(studentId: string, quizId: string, attemptId: string) {
      const quiz = quizOf(quizId);
      const attempt = await findAttempt(db, attemptId);
      if (!attempt || attempt.studentId !== studentId || attempt.quizId !== quiz.id)
        throw new NotFoundError("Quiz attempt");
      return attemptView(quiz, attempt);
    },

    async submit(studentId: string, quizId: string, attemptId: string, answers: Record<string, AnswerValue>) {
      const quiz = quizOf(quizId);
      const attempt = await findAttempt(db, attemptId);
      if (!attempt || attempt.studentId !== studentId || attempt.quizId !== quiz.id)
        throw new NotFoundError("Quiz attempt");
      const alreadySubmitted = () =>
        new AppError("conflict", 409, "This attempt was already submitted; start a new attempt", [
          { field: "params.attemptId", message: "was already submitted" },
        ]);
      if (attempt.submittedAt) throw alreadySubmitted();
      const draw = drawOf(quiz, attempt);
      const issues = checkAnswers(draw, answers);
      if (issues.length) throw new ValidationError(`${issues[0].field} ${issues[0].message}`, issues);
      const result = scoreAttempt(draw, answers);
      const submittedAt = await events.transaction(async (tx) => {
        const at = await submitAttempt(tx, { id: attempt.id, studentId, answers, ...result });
        if (!at) throw alreadySubmitted(); // a concurrent submission of the same attempt won
        await events.emit(tx, "quiz.completed", {
          studentId,
          quizId: quiz.id,
          moduleId: quiz.module,
          attemptId: attempt.id,
          score: result.score,
          correct: result.correct,
          total: result.total,
          questions: result.results.map(({ questionId, answered, correct }) => ({ questionId, answered, correct })),
        });
        return at;
      });
      const next = nextAttemptAt(submittedAt, cooldownMinutes, new Date());
      return { attemptId: attempt.id, submittedAt, nextAttemptAt: next?.toISOString() ?? null, ...result };
    },
  };
}

export type QuizService = ReturnType<typeof createQuizService>;
