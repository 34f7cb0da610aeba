import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { BudgetStore, Db } from "@emberlearn/platform";
import { messages, tokenUsage } from "./schema.ts";

export interface StoredMessage {
  id: string;
  conversationId: string;
  role: "user" | "assistant";
  agent: string | null;
  source: string | null;
  content: string;
  createdAt: string;
}

export async function insertMessage(
  tx: Db,
  m: {
    id: string;
    conversationId: string;
    studentId: string;
    role: "user" | "assistant";
    content: string;
    agent?: string;
    confidence?: number;
    source?: string;
  },
) {
  await tx.insert(messages).values(m);
}

/**
 * Newest message first. A turn's question and answer are written in one transaction, so they share
 * created_at (PostgreSQL's now() is the transaction's start): of the two, the answer is the newer.
 */
const newestFirst = [desc(messages.createdAt), asc(messages.role)] as const;

/** A conversation's messages, oldest first; only the student's own. */
export async function listConversation(
  db: Db,
  studentId: string,
  conversationId: string,
  limit = 50,
): Promise<StoredMessage[]> {
  const rows = await db
    .select()
    .from(messages)
    .where(and(eq(messages.studentId, studentId), eq(messages.conversationId, conversationId)))
    .orderBy(...newestFirst)
    .limit(limit);
  return rows.reverse().map(toMessage);
}

/** A student's latest messages across their conversations, oldest first (what their teacher may read). */
export async function listRecentMessages(db: Db, studentId: string, limit = 200): Promise<StoredMessage[]> {
  const rows = await db
    .select()
    .from(messages)
    .where(eq(messages.studentId, studentId))
    .orderBy(...newestFirst)
    .limit(limit);
  return rows.reverse().map(toMessage);
}

export async function latestConversationId(db: Db, studentId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: messages.conversationId })
    .from(messages)
    .where(eq(messages.studentId, studentId))
    .orderBy(desc(messages.createdAt))
    .limit(1);
  return row?.id;
}

function toMessage(r: typeof messages.$inferSelect): StoredMessage {
  return {
    id: r.id,
    conversationId: r.conversationId,
    role: r.role as StoredMessage["role"],
    agent: r.agent,
    source: r.source,
    content: r.content,
    createdAt: new Date(r.createdAt).toISOString(),
  };
}

export function createDbBudgetStore(db: Db): BudgetStore {
  return {
    async used(studentId, day) {
      const [row] = await db
        .select()
        .from(tokenUsage)
        .where(and(eq(tokenUsage.studentId, studentId), eq(tokenUsage.day, day)));
      return row?.tokens ?? 0;
    },
    async add(studentId, day, tokens) {
      await db
        .insert(tokenUsage)
        .values({ studentId, day, tokens })
        .onConflictDoUpdate({
          target: [tokenUsage.studentId, tokenUsage.day],
          set: { tokens: sql`${tokenUsage.tokens} + ${tokens}` },
        });
    },
  };
}
