import { createHash } from "node:crypto";
import type { RunFile, TestRequest } from "@emberlearn/contracts/sandbox";
import { fillPlaceholders } from "@emberlearn/content/variants";
import type { ExerciseStatus, ExerciseVisibility } from "./visibility.ts";

// One shape for every exercise, whether it comes from the curriculum files or
// was written by a teacher or generated. Hidden parts (tests, solution) never
// leave the service: `studentView` is the only thing routes send to students.

export type Difficulty = "easy" | "medium" | "hard";

export interface ExerciseDefinition {
  id: string;
  origin: "curriculum" | "teacher" | "generated";
  module: string;
  title: string;
  difficulty: Difficulty;
  tags: string[];
  concepts: string[];
  hints: string[];
  prompt: string;
  starter: string;
  solution: string;
  tests: string;
  params?: Record<string, string[]>;
  /** what the tests import the student's code as (default "student") */
  moduleName?: string;
  /** the test file's module name, for tests that import themselves or name it in output */
  testModule?: string;
  /** modules beside the tests that they import (name → source); hidden like the tests */
  helpers?: Record<string, string>;
  /** data files the student's code reads (story.txt): given to students, written in Run and grading */
  files?: RunFile[];
  authorId?: string;
  /** for teacher-written and generated exercises (see visibility.ts) */
  status?: ExerciseStatus;
  visibility?: ExerciseVisibility;
}

export interface StudentExercise {
  id: string;
  origin: ExerciseDefinition["origin"];
  module: string;
  title: string;
  difficulty: Difficulty;
  tags: string[];
  concepts: string[];
  prompt: string;
  starter: string;
  /** the data files the student's code reads, for the student's own Run */
  files: RunFile[];
  hintCount: number;
  /** which parameter set this student got (classmates may see other names and values) */
  variant: string;
  status?: ExerciseStatus;
  visibility?: ExerciseVisibility;
}

/** A stable per-student seed, so a student always gets the same variant of an exercise. */
export function variantSeed(studentId: string, exerciseId: string): string {
  return createHash("sha256").update(`${studentId}\u0000${exerciseId}`).digest("hex").slice(0, 16);
}

/** Picks one option per parameter from the seed and fills {{name}} placeholders in every file. */
export function renderExercise(
  def: ExerciseDefinition,
  seed: string,
): { exercise: ExerciseDefinition; variant: string } {
  const params = def.params ?? {};
  const names = Object.keys(params).sort();
  if (names.length === 0) return { exercise: def, variant: "default" };
  const chosen: Record<string, string> = {};
  names.forEach((name, i) => {
    const options = params[name];
    const n = parseInt(seed.slice((i * 4) % 12, ((i * 4) % 12) + 4), 16);
    chosen[name] = options[n % options.length];
  });
  const fill = (text: string) => fillPlaceholders(text, chosen);
  return {
    exercise: {
      ...def,
      title: fill(def.title),
      prompt: fill(def.prompt),
      starter: fill(def.starter),
      solution: fill(def.solution),
      tests: fill(def.tests),
      hints: def.hints.map(fill),
      ...(def.helpers
        ? { helpers: Object.fromEntries(Object.entries(def.helpers).map(([name, source]) => [name, fill(source)])) }
        : {}),
      ...(def.files ? { files: def.files.map((f) => ({ path: f.path, content: fill(f.content) })) } : {}),
    },
    variant: names.map((n) => `${n}=${chosen[n]}`).join(","),
  };
}

export function studentView(def: ExerciseDefinition, studentId: string): StudentExercise {
  const { exercise, variant } = renderExercise(def, variantSeed(studentId, def.id));
  return {
    id: exercise.id,
    origin: exercise.origin,
    module: exercise.module,
    title: exercise.title,
    difficulty: exercise.difficulty,
    tags: exercise.tags,
    concepts: exercise.concepts,
    prompt: exercise.prompt,
    starter: exercise.starter,
    files: exercise.files ?? [],
    hintCount: exercise.hints.length,
    variant,
    ...(def.status ? { status: def.status } : {}),
    ...(def.visibility ? { visibility: def.visibility } : {}),
  };
}

/**
 * What the sandbox needs to grade `code` against an exercise (already rendered for one variant):
 * the tests and everything around them. Validation, submissions and practice checks all use it,
 * so none of them grades without the module name, the helpers or the data files.
 */
export function gradingInput(
  exercise: ExerciseDefinition,
  code: string,
  context: Pick<TestRequest, "studentId" | "exerciseId" | "moduleId"> = {},
): TestRequest {
  return {
    code,
    tests: exercise.tests,
    ...(exercise.moduleName ? { moduleName: exercise.moduleName } : {}),
    ...(exercise.testModule ? { testModule: exercise.testModule } : {}),
    ...(exercise.helpers && Object.keys(exercise.helpers).length ? { helpers: exercise.helpers } : {}),
    ...(exercise.files?.length ? { files: exercise.files } : {}),
    ...context,
  };
}
