import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { readStored, type Db } from "@emberlearn/platform";
import { type Grade, grade } from "@emberlearn/contracts/grade";
import type { SubmissionFact } from "../domain/assignment-status.ts";
import { assignments, quizAttempts, submissions } from "./schema.ts";
import { toAttempt, type QuizAttempt } from "./quiz-repository.ts";

// Reads a teacher needs about their students: submissions with their code, quiz attempts,
// and per-student facts for an assignment. Routes check that the student is the caller's.

const iso = (t: string) => new Date(t).toISOString();

export interface SubmissionWithCode {
  id: string;
  exerciseId: string;
  variant: string;
  code: string;
  score: number;
  passed: boolean;
  status: string;
  results: Grade;
  createdAt: string;
}

export async function listSubmissionsWithCode(db: Db, studentId: string, limit = 100): Promise<SubmissionWithCode[]> {
  const rows = await db
    .select()
    .from(submissions)
    .where(eq(submissions.studentId, studentId))
    .orderBy(desc(submissions.createdAt))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    exerciseId: r.exerciseId,
    variant: r.variant,
    code: r.code,
    score: r.score,
    passed: r.passed,
    status: r.status,
    results: readStored(grade, r.results, `grade of submission ${r.id}`),
    createdAt: iso(r.createdAt),
  }));
}

/** Each student's submissions to one exercise, as the facts an assignment's status needs. */
export async function submissionFacts(
  db: Db,
  studentIds: string[],
  exerciseId: string,
): Promise<Map<string, SubmissionFact[]>> {
  const out = new Map<string, SubmissionFact[]>(studentIds.map((id) => [id, []]));
  if (studentIds.length === 0) return out;
  const rows = await db
    .select({
      studentId: submissions.studentId,
      passed: submissions.passed,
      score: submissions.score,
      createdAt: submissions.createdAt,
    })
    .from(submissions)
    .where(and(inArray(submissions.studentId, studentIds), eq(submissions.exerciseId, exerciseId)));
  for (const r of rows) out.get(r.studentId)?.push({ passed: r.passed, score: r.score, createdAt: iso(r.createdAt) });
  return out;
}

export async function listSubmittedAttemptsOf(db: Db, studentId: string, limit = 50): Promise<QuizAttempt[]> {
  const rows = await db
    .select()
    .from(quizAttempts)
    .where(and(eq(quizAttempts.studentId, studentId), isNotNull(quizAttempts.submittedAt)))
    .orderBy(desc(quizAttempts.submittedAt))
    .limit(limit);
  return rows.map(toAttempt);
}

export async function findAssignment(db: Db, id: string) {
  const [r] = await db.select().from(assignments).where(eq(assignments.id, id));
  return r ? { ...r, dueAt: r.dueAt ? iso(r.dueAt) : null, createdAt: iso(r.createdAt) } : undefined;
}
