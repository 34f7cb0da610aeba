import { and, desc, eq, inArray } from "drizzle-orm";
import { readStored, type Db } from "@emberlearn/platform";
import { type Grade, grade } from "@emberlearn/contracts/grade";
import { assignments, submissions } from "./schema.ts";

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
    results: readStored(grade, r.results, `grade of submission ${r.id}`),
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
