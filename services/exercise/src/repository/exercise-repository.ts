import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@emberlearn/platform";
import type { ExerciseDefinition } from "../domain/exercise.ts";
import type { Grade } from "../domain/grading.ts";
import { assignments, customExercises, quizAttempts, submissions } from "./schema.ts";

export interface SubmissionRecord {
  id: string;
  exerciseId: string;
  variant: string;
  score: number;
  passed: boolean;
  status: string;
  results: Grade;
  createdAt: string;
}

export async function insertSubmission(
  tx: Db,
  s: { id: string; studentId: string; exerciseId: string; variant: string; code: string; grade: Grade },
) {
  await tx.insert(submissions).values({
    id: s.id,
    studentId: s.studentId,
    exerciseId: s.exerciseId,
    variant: s.variant,
    code: s.code,
    status: s.grade.status,
    score: s.grade.score,
    passed: s.grade.passed,
    results: s.grade,
  });
}

export async function listSubmissions(
  db: Db,
  studentId: string,
  exerciseId?: string,
  limit = 50,
): Promise<SubmissionRecord[]> {
  const where = exerciseId
    ? and(eq(submissions.studentId, studentId), eq(submissions.exerciseId, exerciseId))
    : eq(submissions.studentId, studentId);
  const rows = await db.select().from(submissions).where(where).orderBy(desc(submissions.createdAt)).limit(limit);
  return rows.map((r) => ({
    id: r.id,
    exerciseId: r.exerciseId,
    variant: r.variant,
    score: r.score,
    passed: r.passed,
    status: r.status,
    results: r.results as Grade,
    createdAt: new Date(r.createdAt).toISOString(),
  }));
}

/** Best score per exercise for one student. */
export async function bestScores(db: Db, studentId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ exerciseId: submissions.exerciseId, score: submissions.score })
    .from(submissions)
    .where(eq(submissions.studentId, studentId));
  const best = new Map<string, number>();
  for (const r of rows) best.set(r.exerciseId, Math.max(best.get(r.exerciseId) ?? 0, r.score));
  return best;
}

export async function insertQuizAttempt(
  tx: Db,
  a: { id: string; studentId: string; quizId: string; answers: unknown; score: number; correct: number; total: number },
) {
  await tx.insert(quizAttempts).values(a);
}

export async function listCustomExercises(db: Db): Promise<ExerciseDefinition[]> {
  const rows = await db.select().from(customExercises);
  return rows.map((r) => ({
    id: r.id,
    origin: r.origin as ExerciseDefinition["origin"],
    authorId: r.authorId,
    module: r.module,
    title: r.title,
    difficulty: r.difficulty as ExerciseDefinition["difficulty"],
    tags: r.tags as string[],
    concepts: [],
    hints: r.hints as string[],
    prompt: r.prompt,
    starter: r.starter,
    solution: r.solution,
    tests: r.tests,
  }));
}

export async function upsertCustomExercise(db: Db, def: ExerciseDefinition & { authorId: string }) {
  const values = {
    id: def.id,
    authorId: def.authorId,
    origin: def.origin,
    module: def.module,
    title: def.title,
    difficulty: def.difficulty,
    tags: def.tags,
    prompt: def.prompt,
    starter: def.starter,
    solution: def.solution,
    tests: def.tests,
    hints: def.hints,
  };
  await db
    .insert(customExercises)
    .values(values)
    .onConflictDoUpdate({ target: customExercises.id, set: { ...values, updatedAt: new Date().toISOString() } });
}

export async function insertAssignment(
  db: Db,
  a: { id: string; classId: string; exerciseId: string; assignedBy: string; dueAt: string | null },
): Promise<boolean> {
  const rows = await db.insert(assignments).values(a).onConflictDoNothing().returning({ id: assignments.id });
  return rows.length > 0;
}

export async function listAssignments(db: Db, classIds: string[]) {
  if (classIds.length === 0) return [];
  const rows = await db
    .select()
    .from(assignments)
    .where(inArray(assignments.classId, classIds))
    .orderBy(desc(assignments.createdAt));
  return rows.map((r) => ({
    ...r,
    dueAt: r.dueAt ? new Date(r.dueAt).toISOString() : null,
    createdAt: new Date(r.createdAt).toISOString(),
  }));
}
