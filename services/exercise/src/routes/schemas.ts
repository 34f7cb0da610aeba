import { z } from "zod";
import { codeField as code, MAX_TESTS_BYTES, runFile, testOutcome } from "@emberlearn/contracts/sandbox";
import { difficulty } from "@emberlearn/contracts/http";

// the lists the web app reads have their contracts in packages/contracts/src/http/exercise.ts
export { difficulty, exerciseSummary, studentExercise } from "@emberlearn/contracts/http";

export const grade = z.object({
  score: z.number(),
  passed: z.boolean(),
  status: z.string(),
  summary: z.string(),
  tests: z.array(
    z.object({
      name: z.string().describe("what the test checks, in words"),
      id: z.string().optional().describe("the test as unittest names it (Class.method)"),
      description: z.string().optional().describe("the sandbox's description: the docstring or the method name"),
      passed: z.boolean(),
      outcome: testOutcome.optional(),
      message: z.string(),
      call: z.string().optional().describe("for a failure: the student's call"),
      expected: z.string().optional(),
      actual: z.string().optional(),
    }),
  ),
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

const pythonName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,60}$/, "must be a Python module name (letters, digits, _)");

/** What the tests need around them; optional on input (an omitted one stays as it was on PUT). */
const gradingParts = {
  moduleName: pythonName.optional().describe('what the tests import the student\'s code as (default "student")'),
  testModule: pythonName.optional(),
  helpers: z
    .record(pythonName, z.string().max(MAX_TESTS_BYTES))
    .optional()
    .describe("modules beside the tests that they import (name → source); never shown to students"),
  files: z.array(runFile).max(20).optional().describe("data files the student's code reads"),
};

/** Python source sent by a student: bounded so one request cannot hog the sandbox (one limit, in contracts). */
export { code };

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
  ...gradingParts,
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
  moduleName: z.string(),
  testModule: z.string().optional(),
  helpers: z.record(z.string(), z.string()),
  files: z.array(runFile),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** An exercise folder as it is published (docs/api.md "The published layout"). */
export const importInput = z.object({
  files: z
    .record(z.string().min(1).max(200), z.string())
    .describe('the folder: relative path → text ("word_count.py", ".meta/config.json", ".docs/instructions.md"…)'),
  module: z.string().min(1),
  difficulty,
  id: exerciseInput.shape.id,
  title: z.string().min(3).max(120).optional().describe("default: the config's title, else the slug in words"),
  tags: z.array(z.string().max(40)).max(10).default([]),
  hints: z.array(z.string().min(5).max(800)).min(1).max(3).optional().describe("default: .docs/hints.md's list items"),
});
