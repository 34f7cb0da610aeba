import { z } from "zod";
import { userOf, type App } from "@emberlearn/platform";
import type { QuizService } from "../quiz-service.ts";

// A quiz is taken in attempts: POST …/attempts draws the questions (or returns
// the attempt already open), POST …/attempts/:id/submit answers exactly that
// draw, once. Answers and explanations come back only for answered questions.

const question = z.discriminatedUnion("kind", [
  z.object({ id: z.string(), kind: z.literal("multiple-choice"), prompt: z.string(), options: z.array(z.string()) }),
  z.object({ id: z.string(), kind: z.literal("predict-output"), prompt: z.string(), code: z.string() }),
]);
const answerValue = z.union([z.string().max(4000), z.number().int()]);
const feedback = z.object({
  questionId: z.string(),
  answered: z.boolean(),
  correct: z.boolean(),
  given: answerValue.nullable(),
  expected: answerValue.optional(),
  explanation: z.string().optional(),
});
const quizStatus = z.object({
  id: z.string(),
  module: z.string(),
  title: z.string(),
  questions: z.number().describe("questions in one attempt"),
  poolSize: z.number().describe("questions the attempts are drawn from"),
  cooldownMinutes: z.number(),
  openAttemptId: z.string().nullable(),
  nextAttemptAt: z.string().nullable().describe("when a new attempt may start; null: now"),
  attempts: z.array(
    z.object({ id: z.string(), score: z.number(), correct: z.number(), total: z.number(), submittedAt: z.string() }),
  ),
});
const attempt = z.object({
  id: z.string(),
  quizId: z.string(),
  startedAt: z.string(),
  submittedAt: z.string().nullable(),
  questions: z.array(question),
  score: z.number().nullable(),
  correct: z.number().nullable(),
  total: z.number(),
  results: z.array(feedback).nullable().describe("null until submitted"),
});
const quizParams = z.object({ quizId: z.string().min(1).max(80) });
const attemptParams = quizParams.extend({ attemptId: z.string().uuid("must be an attempt id (a UUID)") });

export function quizRoutes(app: App, quizzes: QuizService) {
  app.get(
    "/api/exercise/quizzes",
    {
      schema: {
        tags: ["quizzes"],
        summary: "One quiz per module, with my attempts and when I may start the next",
        response: { 200: z.object({ quizzes: z.array(quizStatus) }) },
      },
    },
    async (req) => ({ quizzes: await quizzes.list(userOf(req).id) }),
  );

  app.get(
    "/api/exercise/quizzes/:quizId",
    {
      schema: {
        tags: ["quizzes"],
        summary: "A quiz: its size, my attempts, my open attempt and when I may start the next (no questions)",
        params: quizParams,
        response: { 200: quizStatus },
      },
    },
    async (req) => quizzes.status(userOf(req).id, req.params.quizId),
  );

  app.post(
    "/api/exercise/quizzes/:quizId/attempts",
    {
      schema: {
        tags: ["quizzes"],
        summary:
          "Start an attempt: the server draws the questions (201), or returns my open attempt unchanged (200); " +
          "429 with Retry-After during the cooling-off after a submission",
        params: quizParams,
        body: z.object({}).strict().optional(),
        response: { 200: attempt, 201: attempt },
      },
    },
    async (req, reply) => {
      const { created, attempt } = await quizzes.start(userOf(req).id, req.params.quizId);
      return reply.code(created ? 201 : 200).send(attempt);
    },
  );

  app.get(
    "/api/exercise/quizzes/:quizId/attempts/:attemptId",
    {
      schema: {
        tags: ["quizzes"],
        summary: "One of my attempts: its questions and, once submitted, the feedback on the questions I answered",
        params: attemptParams,
        response: { 200: attempt },
      },
    },
    async (req) => quizzes.get(userOf(req).id, req.params.quizId, req.params.attemptId),
  );

  app.post(
    "/api/exercise/quizzes/:quizId/attempts/:attemptId/submit",
    {
      schema: {
        tags: ["quizzes"],
        summary:
          "Answer my open attempt, once: only its questions, options by number, outputs as text. " +
          "The right answer and explanation come back for the questions I answered",
        params: attemptParams,
        body: z.object({ answers: z.record(z.string().max(80), answerValue) }),
        response: {
          200: z.object({
            attemptId: z.string(),
            submittedAt: z.string(),
            nextAttemptAt: z.string().nullable(),
            score: z.number(),
            correct: z.number(),
            answered: z.number(),
            total: z.number(),
            results: z.array(feedback),
          }),
        },
      },
    },
    async (req) => quizzes.submit(userOf(req).id, req.params.quizId, req.params.attemptId, req.body.answers),
  );
}
