import { z } from "zod";
import { codeField as code, MAX_TESTS_BYTES, runFile } from "../sandbox.ts";
import { defineEndpoint } from "./endpoint.ts";
import { difficulty, exerciseIdParam, studentExercise } from "./exercise.ts";

// The exercise studio (teacher or admin, authors only): create, edit, import, publish, retire, preview, and
// the generator, which students use too. Read by the web app's teacher pages (docs/api.md "The studio API").

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
export type AuthoredExercise = z.infer<typeof authoredExercise>;

export const studioCreate = defineEndpoint({
  method: "POST",
  path: "/api/exercise/exercises",
  body: exerciseInput.extend({
    draft: z.boolean().default(false).describe("keep it hidden from students until published"),
    platformWide: z.boolean().default(false).describe("show it to every student, not only my classes"),
  }),
  response: authoredExercise,
  status: 201,
});

export const studioEdit = defineEndpoint({
  method: "PUT",
  path: "/api/exercise/exercises/:exerciseId",
  params: exerciseIdParam,
  body: exerciseInput.omit({ id: true }),
  response: authoredExercise,
});

export const studioPublish = defineEndpoint({
  method: "POST",
  path: "/api/exercise/exercises/:exerciseId/publish",
  params: exerciseIdParam,
  body: z
    .object({ platformWide: z.boolean().default(false) })
    .strict()
    .optional(),
  response: authoredExercise,
});

export const studioRetire = defineEndpoint({
  method: "POST",
  path: "/api/exercise/exercises/:exerciseId/retire",
  params: exerciseIdParam,
  response: authoredExercise,
});

export const studioList = defineEndpoint({
  method: "GET",
  path: "/api/exercise/studio/exercises",
  response: z.object({ exercises: z.array(authoredExercise) }),
});

export const studioGet = defineEndpoint({
  method: "GET",
  path: "/api/exercise/studio/exercises/:exerciseId",
  params: exerciseIdParam,
  response: authoredExercise,
});

/** An exercise folder as it is published (docs/api.md "The published layout"), saved as a draft. */
export const studioImport = defineEndpoint({
  method: "POST",
  path: "/api/exercise/studio/import",
  body: z.object({
    files: z
      .record(z.string().min(1).max(200), z.string())
      .describe('the folder: relative path → text ("word_count.py", ".meta/config.json", ".docs/instructions.md"…)'),
    module: z.string().min(1),
    difficulty,
    id: exerciseInput.shape.id,
    title: z.string().min(3).max(120).optional().describe("default: the config's title, else the slug in words"),
    tags: z.array(z.string().max(40)).max(10).default([]),
    hints: z
      .array(z.string().min(5).max(800))
      .min(1)
      .max(3)
      .optional()
      .describe("default: .docs/hints.md's list items"),
  }),
  response: authoredExercise,
  status: 201,
});

export const studioSolution = defineEndpoint({
  method: "GET",
  path: "/api/exercise/exercises/:exerciseId/solution",
  params: exerciseIdParam,
  query: z.object({ studentId: z.string().max(80).optional() }),
  response: z.object({ exerciseId: z.string(), variant: z.string(), solution: z.string() }),
});

/** A student's practice exercise is private to them; a teacher's is a draft until they publish it. */
export const exerciseGenerate = defineEndpoint({
  method: "POST",
  path: "/api/exercise/generate",
  body: z.object({ module: z.string(), difficulty }),
  response: studentExercise,
  status: 201,
});
