import { z } from "zod";

// The facts progress keeps: one entry per handled event, reduced to what
// mastery, streaks and struggle detection need. Mastery is a pure function of
// these, so replaying the event log into an empty store gives the same result.

// One schema for what is written to the activities table and what is read back: a stored row is
// parsed through it (repository/progress-repository.ts), never cast.
const runError = z.object({ type: z.string(), message: z.string(), line: z.number().nullable() });
const base = { id: z.string(), time: z.string() };

export const activitySchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("run"),
    ...base,
    moduleId: z.string().optional(),
    exerciseId: z.string().optional(),
    status: z.string(),
    errorType: z.string().nullable(),
    /** the program and its error, when the sandbox sent them (for the teacher's evidence) */
    code: z.string().optional(),
    error: runError.optional(),
  }),
  z.object({ kind: z.literal("review"), ...base, moduleId: z.string().optional(), score: z.number() }),
  z.object({
    kind: z.literal("graded"),
    ...base,
    moduleId: z.string(),
    exerciseId: z.string(),
    score: z.number(),
    passed: z.boolean(),
    difficulty: z.enum(["easy", "medium", "hard"]),
    qualityScore: z.number().optional(),
    submissionId: z.string().optional(),
    exerciseTitle: z.string().optional(),
    code: z.string().optional(),
    /** the submitted code did not load */
    error: runError.optional(),
    failures: z.array(z.object({ name: z.string(), message: z.string() })).optional(),
  }),
  z.object({
    kind: z.literal("quiz"),
    ...base,
    moduleId: z.string(),
    quizId: z.string(),
    score: z.number(),
    /** each question the attempt drew; absent on attempts recorded before draws existed */
    questions: z.array(z.object({ questionId: z.string(), answered: z.boolean(), correct: z.boolean() })).optional(),
  }),
  z.object({
    kind: z.literal("question"),
    ...base,
    moduleId: z.string().optional(),
    exerciseId: z.string().optional(),
    message: z.string(),
    saysStuck: z.boolean(),
  }),
  z.object({ kind: z.literal("concept"), ...base, moduleId: z.string(), conceptId: z.string() }),
]);

export type Activity = z.infer<typeof activitySchema>;
export type RunError = z.infer<typeof runError>;

export const DIFFICULTY_WEIGHT = { easy: 1, medium: 2, hard: 3 } as const;

/** The curriculum facts mastery needs: each module's exercises and their difficulty. */
export interface ModuleCatalog {
  id: string;
  title: string;
  order: number;
  exercises: { id: string; title: string; difficulty: "easy" | "medium" | "hard" }[];
  /** the module's lessons in reading order (absent in catalogs that only need mastery) */
  concepts?: { id: string; title: string; order: number }[];
}

export function byTime(a: Activity, b: Activity): number {
  return a.time < b.time ? -1 : a.time > b.time ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
