import { z } from "zod";
import { defineEndpoint } from "./endpoint.ts";
import { runFile } from "../sandbox.ts";
import { codeField } from "./sandbox.ts";

// The exercise service's routes that triage calls: the practice check, the solution guard and the
// exercise tutor (a specialist: tutor.ts holds what every specialist answers).

export const checkReply = z.object({
  exerciseId: z.string(),
  title: z.string(),
  passed: z.boolean(),
  verdict: z.string(),
  passedCount: z.number(),
  total: z.number(),
  firstFailing: z.object({ name: z.string(), explanation: z.string() }).nullable(),
  error: z.object({ type: z.string(), message: z.string(), line: z.number().nullable() }).nullable(),
  summary: z.string(),
});
export type CheckReply = z.infer<typeof checkReply>;

export const exerciseCheck = defineEndpoint({
  method: "POST",
  path: "/api/exercise/checks",
  body: z.object({ exerciseId: z.string().min(1).max(80), code: codeField }),
  response: checkReply,
});

export const guardReply = z.object({ text: z.string(), refuse: z.boolean(), stripped: z.number(), kept: z.string() });
export type GuardReply = z.infer<typeof guardReply>;

/** internal: triage checks each piece of a model's answer against the exercise's solution */
export const exerciseGuard = defineEndpoint({
  method: "POST",
  path: "/api/exercise/guard",
  body: z.object({ exerciseId: z.string().min(1).max(80), text: z.string().max(32 * 1024) }),
  response: guardReply,
});

export const exerciseHint = z.object({ level: z.number(), of: z.number(), text: z.string(), held: z.boolean() });

export const exerciseTutor = defineEndpoint({
  method: "POST",
  path: "/api/exercise/tutor",
  body: z
    .object({
      message: z.string().max(4000),
      exerciseId: z.string().max(80).optional(),
      hintLevel: z.number().int().min(1).max(3).optional(),
      attempted: z.boolean().optional(),
    })
    .passthrough(),
  response: z.object({
    agent: z.literal("exercise"),
    offline: z.string(),
    context: z.string(),
    exerciseId: z.string().nullable(),
    hint: exerciseHint.nullable(),
  }),
});

// What the web app lists: the course modules and the exercises a student may see.

export const difficulty = z.enum(["easy", "medium", "hard"]);

export const exerciseSummary = z.object({
  id: z.string(),
  origin: z.string(),
  module: z.string(),
  title: z.string(),
  difficulty,
  tags: z.array(z.string()),
  bestScore: z.number().nullable(),
});
export type ExerciseSummary = z.infer<typeof exerciseSummary>;

export const exerciseModules = defineEndpoint({
  method: "GET",
  path: "/api/exercise/modules",
  response: z.object({ modules: z.array(z.object({ id: z.string(), title: z.string(), order: z.number() })) }),
});

export const exerciseList = defineEndpoint({
  method: "GET",
  path: "/api/exercise/exercises",
  query: z.object({ module: z.string().optional(), difficulty: difficulty.optional() }),
  response: z.object({ exercises: z.array(exerciseSummary) }),
});

/** One exercise as a student sees it: the list's fields (no best score) plus what the page needs to work on it. */
export const studentExercise = exerciseSummary.omit({ bestScore: true }).extend({
  concepts: z.array(z.string()),
  prompt: z.string(),
  starter: z.string(),
  files: z.array(runFile).describe("data files the student's code reads: send them with Run (POST /api/sandbox/run)"),
  hintCount: z.number(),
  variant: z.string(),
  /** only for teacher-written and generated exercises */
  status: z.enum(["draft", "published", "retired"]).optional(),
  visibility: z.enum(["private", "classes", "platform"]).optional(),
});
export type StudentExercise = z.infer<typeof studentExercise>;

export const exerciseIdParam = z.object({ exerciseId: z.string().min(1).max(80) });

export const exerciseGet = defineEndpoint({
  method: "GET",
  path: "/api/exercise/exercises/:exerciseId",
  params: exerciseIdParam,
  response: studentExercise,
});
