import { eq } from "drizzle-orm";
import type { Db } from "@emberlearn/platform";
import { verification } from "./schema.ts";

/** Better Auth's record of a password-reset token (its verification table): whose it is and until when. */
export async function findResetToken(db: Db, token: string): Promise<{ userId: string; expiresAt: Date } | undefined> {
  const [row] = await db
    .select()
    .from(verification)
    .where(eq(verification.identifier, `reset-password:${token}`));
  return row && { userId: row.value, expiresAt: row.expiresAt };
}
