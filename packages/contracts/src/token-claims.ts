import { z } from "zod";

// The access token's own claims (an RS256 JWT): what the auth service signs, what every service reads
// after verifying it (@emberlearn/platform auth/verify.ts), and what the web app reads, unverified, to
// decide what to show (apps/web/src/server/session.ts). The registered claims (iss, aud, iat, nbf, jti)
// are checked by the verifier and not repeated here.

export const ROLES = ["student", "teacher", "admin"] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

export const accessTokenClaims = z.object({
  /** the user's id */
  sub: z.string().min(1),
  role,
  name: z.string().optional(),
  email: z.string().optional(),
  /** expiry, seconds since the epoch */
  exp: z.number(),
});
export type AccessTokenClaims = z.infer<typeof accessTokenClaims>;
