import { createHash, randomBytes, randomUUID } from "node:crypto";
import { SignJWT, type JWK } from "jose";
import { accessTokenClaims } from "@emberlearn/contracts/token-claims";

// Access tokens: RS256 JWTs, 24 hours. Refresh tokens: 256 random bits, stored
// only as a SHA-256 hash, valid for 30 days and for one use.

export const ACCESS_TTL_SECONDS = 24 * 3600;
export const REFRESH_TTL_SECONDS = 30 * 24 * 3600;

export interface TokenUser {
  id: string;
  role: string;
  name: string;
  email: string;
}

export async function mintAccessToken(
  key: { kid: string; privateKey: CryptoKey | JWK },
  user: TokenUser,
  opts: { issuer: string; audience: string; now?: Date },
): Promise<string> {
  const now = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  // the claims every reader parses (packages/contracts/src/token-claims.ts); a role outside it throws here
  const claims = accessTokenClaims.pick({ role: true, name: true, email: true }).parse(user);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
    .setSubject(user.id)
    .setIssuer(opts.issuer)
    .setAudience(opts.audience)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + ACCESS_TTL_SECONDS)
    .setJti(randomUUID())
    .sign(key.privateKey as CryptoKey);
}

export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
