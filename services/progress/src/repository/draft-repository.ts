import { and, count, eq } from "drizzle-orm";
import type { Db } from "@emberlearn/platform";
import type { Draft } from "../domain/draft.ts";
import { drafts } from "./schema.ts";

export async function findDraft(db: Db, studentId: string, page: string): Promise<Draft | undefined> {
  const [row] = await db
    .select()
    .from(drafts)
    .where(and(eq(drafts.studentId, studentId), eq(drafts.page, page)));
  return row && { page: row.page, code: row.code, updatedAt: new Date(row.updatedAt).toISOString() };
}

export async function countDrafts(db: Db, studentId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(drafts).where(eq(drafts.studentId, studentId));
  return Number(row?.n ?? 0);
}

export async function saveDraft(db: Db, studentId: string, draft: Draft): Promise<void> {
  await db
    .insert(drafts)
    .values({ studentId, ...draft })
    .onConflictDoUpdate({
      target: [drafts.studentId, drafts.page],
      set: { code: draft.code, updatedAt: draft.updatedAt },
    });
}

export async function deleteDraft(db: Db, studentId: string, page: string): Promise<void> {
  await db.delete(drafts).where(and(eq(drafts.studentId, studentId), eq(drafts.page, page)));
}
