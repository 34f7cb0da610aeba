import { accessTokenClaims, type AccessTokenClaims } from "@emberlearn/contracts/token-claims";

/**
 * The access token's claims (packages/contracts/src/token-claims.ts), read without verifying the
 * signature, or undefined when they are not readable: only to decide what to show or where to
 * navigate. Every service verifies the token itself.
 */
export function claimsOf(token: string | undefined): AccessTokenClaims | undefined {
  if (!token) return undefined;
  try {
    const parsed = accessTokenClaims.safeParse(
      JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
