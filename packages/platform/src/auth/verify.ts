import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import { UnauthorizedError } from "../errors.ts";
import { accessTokenClaims } from "@emberlearn/contracts/token-claims";
import type { AuthUser, TokenVerifier } from "./types.ts";

// Every service verifies bearer tokens itself: RS256 only, against the auth
// service's JWKS (cached; refetched when a token names an unknown key id, at
// most every 30 s), with issuer, audience, expiry and not-before checked.
// Any failure is the same 401, so nothing tells an attacker why.
// A token that verified is remembered for a minute (never past its expiry): a student's every
// request is checked at the edge and again by each service it reaches, and an RS256 check in
// JavaScript was 7% of embedded mode's CPU under load (docs/operations.md, "Capacity"). A key
// withdrawn from the JWKS stops its tokens within that minute, as a refetch would.

export interface VerifierOptions {
  issuer: string;
  audience: string;
  /** the auth service's JWKS URL… */
  jwksUrl?: string;
  /** sent with the JWKS request (through a Dapr sidecar: its dapr-api-token) */
  jwksHeaders?: Record<string, string>;
  /** …or a local source of keys (the auth service verifying its own tokens) */
  getJwks?: () => Promise<JSONWebKeySet>;
}

const REMEMBER_MS = 60_000;
const REMEMBERED_MAX = 10_000;

export function createJwtVerifier(options: VerifierOptions): TokenVerifier {
  let keys: JWTVerifyGetKey;
  if (options.jwksUrl) {
    keys = createRemoteJWKSet(new URL(options.jwksUrl), {
      cooldownDuration: 30_000,
      cacheMaxAge: 10 * 60_000,
      timeoutDuration: 5000,
      headers: options.jwksHeaders,
    });
  } else if (options.getJwks) {
    const get = options.getJwks;
    keys = async (header, token) => createLocalJWKSet(await get())(header, token);
  } else {
    throw new Error("createJwtVerifier needs jwksUrl or getJwks");
  }

  const remembered = new Map<string, { user: AuthUser; until: number }>();
  const remember = (user: AuthUser, exp: number) => {
    const oldest = remembered.keys().next();
    if (remembered.size >= REMEMBERED_MAX && !oldest.done) remembered.delete(oldest.value);
    remembered.set(user.token, { user, until: Math.min(Date.now() + REMEMBER_MS, exp * 1000) });
    return user;
  };

  return async (token: string): Promise<AuthUser> => {
    const known = remembered.get(token);
    if (known && known.until > Date.now()) return { ...known.user };
    if (known) remembered.delete(token);
    try {
      const { payload } = await jwtVerify(token, keys, {
        algorithms: ["RS256"],
        issuer: options.issuer,
        audience: options.audience,
        requiredClaims: ["sub", "exp", "iat", "jti"],
        clockTolerance: 5,
      });
      const claims = accessTokenClaims.parse(payload);
      const user = { id: claims.sub, role: claims.role, token, email: claims.email, name: claims.name };
      return remember(user, claims.exp);
    } catch {
      throw new UnauthorizedError();
    }
  };
}
