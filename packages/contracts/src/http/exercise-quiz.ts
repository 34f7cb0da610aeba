import { z } from "zod";
import { defineEndpoint } from "./endpoint.ts";

// The exercise service's quiz routes, read by the web app's quiz pages. A quiz is taken in attempts: the
// server draws the questions, the student answers exactly that draw, once (docs/api.md "Quizzes").

export const quizQuestion = z.discriminatedUnion("kind", [
  z.object({ id: z.string(), kind: z.literal("multiple-choice"), prompt: z.string(), options: z.array(z.string()) }),
  z.object({ id: z.string(), kind: z.literal("predict-output"), prompt: z.string(), code: z.string() }),
]);
export const quizAnswer = z.union([z.string().max(4000), z.number().int()]);
export const quizFeedback = z.object({
  questionId: z.string(),
  answered: z.boolean(),
  correct: z.boolean(),
  given: quizAnswer.nullable(),
  expected: quizAnswer.optional(),
  explanation: z.string().optional(),
});
export const quizStatus = z.object({
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
export const quizAttempt = z.object({
  id: z.string(),
  quizId: z.string(),
  startedAt: z.string(),
  submittedAt: z.string().nullable(),
  questions: z.array(quizQuestion),
  score: z.number().nullable(),
  correct: z.number().nullable(),
  total: z.number(),
  results: z.array(quizFeedback).nullable().describe("null until submitted"),
});
const quizParams = z.object({ quizId: z.string().min(1).max(80) });
const attemptParams = quizParams.extend({ attemptId: z.string().uuid("must be an attempt id (a UUID)") });

export const quizList = defineEndpoint({
  method: "GET",
  path: "/api/exercise/quizzes",
  response: z.object({ quizzes: z.array(quizStatus) }),
});

export const quizGet = defineEndpoint({
  method: "GET",
  path: "/api/exercise/quizzes/:quizId",
  params: quizParams,
  response: quizStatus,
});

/** 201 a new attempt, or 200 the open one unchanged (both this schema); 429 during the cooling-off */
export const quizStart = defineEndpoint({
  method: "POST",
  path: "/api/exercise/quizzes/:quizId/attempts",
  params: quizParams,
  body: z.object({}).strict().optional(),
  response: quizAttempt,
  status: 201,
});

export const quizAttemptGet = defineEndpoint({
  method: "GET",
  path: "/api/exercise/quizzes/:quizId/attempts/:attemptId",
  params: attemptParams,
  response: quizAttempt,
});

export const quizSubmit = defineEndpoint({
  method: "POST",
  path: "/api/exercise/quizzes/:quizId/attempts/:attemptId/submit",
  params: attemptParams,
  body: z.object({ answers: z.record(z.string().max(80), quizAnswer) }),
  response: z.object({
    attemptId: z.string(),
    submittedAt: z.string(),
    nextAttemptAt: z.string().nullable(),
    score: z.number(),
    correct: z.number(),
    answered: z.number(),
    total: z.number(),
    results: z.array(quizFeedback),
  }),
});
