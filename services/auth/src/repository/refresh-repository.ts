import { and, eq, isNull } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { Db } from "@emberlearn/platform";
import { hashRefreshToken, newRefreshToken, REFRESH_TTL_SECONDS } from "../domain/tokens.ts";
import { refreshTokens } from "./schema.ts";

export async function issueRefreshToken(db: Db, userId: string, familyId: string = randomUUID()): Promise<string> {
  const { token, hash } = newRefreshToken();
  await db
    .insert(refreshTokens)
    .values({ tokenHash: hash, familyId, userId, expiresAt: new Date(Date.now() + REFRESH_TTL_SECONDS * 1000) });
  return token;
}

export type RotateResult =
  | { ok: true; userId: string; token: string }
  | { ok: false; reason: "unknown" | "expired" | "revoked" | "reused" };

/**
 * Exchanges a refresh token for a new one of the same family. A token that was
 * already rotated is a sign of theft: the whole family is revoked, so the
 * newer token stops working too and the user must sign in again.
 */
export async function rotateRefreshToken(db: Db, token: string): Promise<RotateResult> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [row] = await t
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, hashRefreshToken(token)))
      .for("update");
    if (!row) return { ok: false, reason: "unknown" } as const;
    if (row.revokedAt) return { ok: false, reason: "revoked" } as const;
    if (row.rotatedAt) {
      await revokeFamily(t, row.familyId);
      return { ok: false, reason: "reused" } as const;
    }
    if (row.expiresAt.getTime() < Date.now()) return { ok: false, reason: "expired" } as const;
    await t.update(refreshTokens).set({ rotatedAt: new Date() }).where(eq(refreshTokens.tokenHash, row.tokenHash));
    return { ok: true, userId: row.userId, token: await issueRefreshToken(t, row.userId, row.familyId) } as const;
  });
}

export async function revokeFamily(db: Db, familyId: string): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}

/** Sign-out: revokes the family of the given token (a no-op for unknown tokens). */
export async function revokeByToken(db: Db, token: string): Promise<void> {
  const [row] = await db
    .select()
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, hashRefreshToken(token)));
  if (row) await revokeFamily(db, row.familyId);
}

/** Every refresh token of the user stops working (a changed password signs them out everywhere). */
export async function revokeAllOfUser(db: Db, userId: string): Promise<void> {
  await db.update(refreshTokens).set({ revokedAt: new Date() }).where(eq(refreshTokens.userId, userId));
}
