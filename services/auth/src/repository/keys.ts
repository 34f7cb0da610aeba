import { desc, isNull } from "drizzle-orm";
import { exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { randomUUID } from "node:crypto";
import type { Db } from "@emberlearn/platform";
import { ACCESS_TTL_SECONDS } from "../domain/tokens.ts";
import { signingKeys } from "./schema.ts";

// Signing keys live in the database, so every replica signs with the same key
// and a restart keeps tokens valid. Rotation adds a key and retires the old
// one; a retired key stays in the JWKS until every token it signed has expired.

export async function activeKey(db: Db): Promise<{ kid: string; privateKey: CryptoKey }> {
  let [row] = await db
    .select()
    .from(signingKeys)
    .where(isNull(signingKeys.retiredAt))
    .orderBy(desc(signingKeys.createdAt))
    .limit(1);
  if (!row) row = await createKey(db);
  return { kid: row.kid, privateKey: (await importJWK(JSON.parse(row.privateJwk) as JWK, "RS256")) as CryptoKey };
}

async function createKey(db: Db) {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
  const kid = randomUUID();
  const row = {
    kid,
    publicJwk: JSON.stringify({ ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" }),
    privateJwk: JSON.stringify(await exportJWK(privateKey)),
    createdAt: new Date(),
    retiredAt: null,
  };
  await db.insert(signingKeys).values(row);
  return row;
}

export async function rotateKey(db: Db): Promise<string> {
  await db.update(signingKeys).set({ retiredAt: new Date() }).where(isNull(signingKeys.retiredAt));
  return (await createKey(db)).kid;
}

export async function publicJwks(db: Db, now = new Date()): Promise<{ keys: JWK[] }> {
  const rows = await db.select().from(signingKeys).orderBy(desc(signingKeys.createdAt));
  const stillValid = (r: (typeof rows)[number]) =>
    !r.retiredAt || r.retiredAt.getTime() + ACCESS_TTL_SECONDS * 1000 > now.getTime();
  return { keys: rows.filter(stillValid).map((r) => JSON.parse(r.publicJwk) as JWK) };
}
