import { z } from "zod";
import { grade } from "../grade.ts";
import { codeField } from "../sandbox.ts";
import { defineEndpoint } from "./endpoint.ts";
import { exerciseIdParam } from "./exercise.ts";

// A student's work on an exercise: submitting for a grade, the hint ladder, the submissions kept.
// The grade is the stored shape (src/grade.ts), so what is saved, answered and shown is one schema.

export const submission = z.object({
  id: z.string(),
  exerciseId: z.string(),
  variant: z.string(),
  score: z.number(),
  passed: z.boolean(),
  status: z.string(),
  results: grade,
  createdAt: z.string(),
});
export type Submission = z.infer<typeof submission>;

export const exerciseSubmit = defineEndpoint({
  method: "POST",
  path: "/api/exercise/exercises/:exerciseId/submissions",
  params: exerciseIdParam,
  body: z.object({ code: codeField }),
  response: z.object({ submissionId: z.string(), variant: z.string(), grade }),
});

export const exerciseSubmissions = defineEndpoint({
  method: "GET",
  path: "/api/exercise/exercises/:exerciseId/submissions",
  params: exerciseIdParam,
  response: z.object({ submissions: z.array(submission) }),
});

export const exerciseHintGet = defineEndpoint({
  method: "GET",
  path: "/api/exercise/exercises/:exerciseId/hints/:level",
  params: exerciseIdParam.extend({ level: z.coerce.number().int().min(1).max(3) }),
  response: z.object({ level: z.number(), of: z.number(), text: z.string() }),
});

export const mySubmissions = defineEndpoint({
  method: "GET",
  path: "/api/exercise/submissions",
  response: z.object({ submissions: z.array(submission) }),
});
