import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@emberlearn/platform";
import { conversations } from "./schema.ts";

// The conversation state, one JSON document per conversation, readable and writable only by the
// student who owns it: a conversation id sent by someone else finds nothing and changes nothing.

export async function findState(db: Db, studentId: string, conversationId: string): Promise<unknown | undefined> {
  const [row] = await db
    .select({ state: conversations.state })
    .from(conversations)
    .where(and(eq(conversations.id, conversationId), eq(conversations.studentId, studentId)));
  return row?.state;
}

export async function saveState(db: Db, studentId: string, conversationId: string, state: unknown): Promise<void> {
  await db
    .insert(conversations)
    .values({ id: conversationId, studentId, state })
    .onConflictDoUpdate({
      target: conversations.id,
      set: { state, updatedAt: sql`now()` },
      setWhere: eq(conversations.studentId, studentId),
    });
}
