import { z } from "zod";

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

export const studentExercise = z.object({
  id: z.string(),
  origin: z.string(),
  module: z.string(),
  title: z.string(),
  difficulty,
  tags: z.array(z.string()),
  concepts: z.array(z.string()),
  prompt: z.string(),
  starter: z.string(),
  hintCount: z.number(),
  variant: z.string(),
  /** only for teacher-written and generated exercises */
  status: z.enum(["draft", "published", "retired"]).optional(),
  visibility: z.enum(["private", "classes", "platform"]).optional(),
});

export const grade = z.object({
  score: z.number(),
  passed: z.boolean(),
  status: z.string(),
  summary: z.string(),
  tests: z.array(z.object({ name: z.string(), passed: z.boolean(), message: z.string() })),
});

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

/** Python source sent by a student: bounded so one request cannot hog the sandbox. */
export const code = z.string().max(64 * 1024, "must be at most 64 KB of code");

export const exerciseInput = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{2,63}$/, "must be 3-64 lowercase letters, digits or dashes")
    .optional(),
  module: z.string().min(1),
  title: z.string().min(3).max(120),
  difficulty,
  tags: z.array(z.string().max(40)).max(10).default([]),
  prompt: z.string().min(10).max(20_000),
  starter: code,
  solution: code,
  tests: code,
  hints: z.array(z.string().min(5).max(800)).length(3, "must be exactly three hints: nudge, concept, pointed"),
});

/** An exercise as its author sees it in the studio: everything, including the hidden parts. */
export const authoredExercise = z.object({
  id: z.string(),
  origin: z.enum(["teacher", "generated"]),
  authorId: z.string(),
  status: z.enum(["draft", "published", "retired"]),
  visibility: z
    .enum(["private", "classes", "platform"])
    .describe("private: the author only; classes: the students of the author's classes; platform: everyone"),
  module: z.string(),
  title: z.string(),
  difficulty,
  tags: z.array(z.string()),
  prompt: z.string(),
  starter: z.string(),
  solution: z.string(),
  tests: z.string(),
  hints: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
