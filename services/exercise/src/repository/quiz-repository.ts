import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { z } from "zod";
import { readStored, readStoredOrSkip, type Db } from "@emberlearn/platform";
import {
  questionFeedbackSchema,
  storedAnswersSchema,
  type AnswerValue,
  type QuestionFeedback,
} from "../domain/quiz.ts";
import { quizAttempts } from "./schema.ts";

// Quiz attempts. A partial unique index allows one open attempt per student and
// quiz; submitting is one conditional update, so an attempt is scored once even
// when two submissions race.

export interface QuizAttempt {
  id: string;
  studentId: string;
  quizId: string;
  questionIds: string[];
  answers: Record<string, AnswerValue> | null;
  results: QuestionFeedback[] | null;
  score: number | null;
  correct: number | null;
  total: number;
  createdAt: string;
  submittedAt: string | null;
}

const iso = (t: string) => new Date(t).toISOString();
const isoOrNull = (t: string | null) => (t ? iso(t) : null);

const feedbackList = z.array(questionFeedbackSchema);
const idList = z.array(z.string());

/** A stored attempt, its JSON parsed: an unreadable part is logged and read as absent (null). */
export function toAttempt(r: typeof quizAttempts.$inferSelect): QuizAttempt {
  const what = (part: string) => `${part} of quiz attempt ${r.id}`;
  return {
    id: r.id,
    studentId: r.studentId,
    quizId: r.quizId,
    // without its draw an attempt cannot be scored: that one is an error, not a gap
    questionIds: readStored(idList, r.questionIds, what("question ids")),
    answers: r.answers === null ? null : (readStoredOrSkip(storedAnswersSchema, r.answers, what("answers")) ?? null),
    // attempts stored before per-question feedback existed have no results
    results: Array.isArray(r.results) ? (readStoredOrSkip(feedbackList, r.results, what("results")) ?? null) : null,
    score: r.score,
    correct: r.correct,
    total: r.total,
    createdAt: iso(r.createdAt),
    submittedAt: isoOrNull(r.submittedAt),
  };
}

export async function findAttempt(db: Db, id: string): Promise<QuizAttempt | undefined> {
  const [row] = await db.select().from(quizAttempts).where(eq(quizAttempts.id, id));
  return row ? toAttempt(row) : undefined;
}

export async function findOpenAttempt(db: Db, studentId: string, quizId: string): Promise<QuizAttempt | undefined> {
  const [row] = await db
    .select()
    .from(quizAttempts)
    .where(
      and(eq(quizAttempts.studentId, studentId), eq(quizAttempts.quizId, quizId), isNull(quizAttempts.submittedAt)),
    );
  return row ? toAttempt(row) : undefined;
}

/** Submitted attempts, oldest first. */
export async function listSubmittedAttempts(
  db: Db,
  studentId: string,
  quizId?: string,
): Promise<(QuizAttempt & { submittedAt: string })[]> {
  const rows = await db
    .select()
    .from(quizAttempts)
    .where(
      and(
        eq(quizAttempts.studentId, studentId),
        quizId ? eq(quizAttempts.quizId, quizId) : undefined,
        isNotNull(quizAttempts.submittedAt),
      ),
    )
    .orderBy(asc(quizAttempts.submittedAt));
  return rows.map(toAttempt).flatMap((a) => (a.submittedAt ? [{ ...a, submittedAt: a.submittedAt }] : []));
}

/** Opens an attempt with its draw; undefined when one is already open (a concurrent start won). */
export async function insertOpenAttempt(
  db: Db,
  a: { id: string; studentId: string; quizId: string; questionIds: string[] },
): Promise<QuizAttempt | undefined> {
  const [row] = await db
    .insert(quizAttempts)
    .values({ ...a, total: a.questionIds.length })
    .onConflictDoNothing()
    .returning();
  return row ? toAttempt(row) : undefined;
}

/** Stores the answers and score of an open attempt: its submission time, or undefined when already submitted. */
export async function submitAttempt(
  tx: Db,
  a: {
    id: string;
    studentId: string;
    answers: Record<string, AnswerValue>;
    results: QuestionFeedback[];
    score: number;
    correct: number;
  },
): Promise<string | undefined> {
  const [row] = await tx
    .update(quizAttempts)
    .set({
      answers: a.answers,
      results: a.results,
      score: a.score,
      correct: a.correct,
      submittedAt: new Date().toISOString(),
    })
    .where(and(eq(quizAttempts.id, a.id), eq(quizAttempts.studentId, a.studentId), isNull(quizAttempts.submittedAt)))
    .returning({ submittedAt: quizAttempts.submittedAt });
  return row?.submittedAt ? iso(row.submittedAt) : undefined;
}
