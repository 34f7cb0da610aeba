import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import { UnauthorizedError } from "../errors.ts";
import type { AuthUser, Role, TokenVerifier } from "./types.ts";

// Every service verifies bearer tokens itself: RS256 only, against the auth
// service's JWKS (cached; refetched when a token names an unknown key id, at
// most every 30 s), with issuer, audience, expiry and not-before checked.
// Any failure is the same 401, so nothing tells an attacker why.

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

const ROLES: Role[] = ["student", "teacher", "admin"];

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

  return async (token: string): Promise<AuthUser> => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        algorithms: ["RS256"],
        issuer: options.issuer,
        audience: options.audience,
        requiredClaims: ["sub", "exp", "iat", "jti"],
        clockTolerance: 5,
      });
      const role = payload.role as Role;
      if (typeof payload.sub !== "string" || !ROLES.includes(role)) throw new Error("claims");
      return {
        id: payload.sub,
        role,
        token,
        email: typeof payload.email === "string" ? payload.email : undefined,
        name: typeof payload.name === "string" ? payload.name : undefined,
      };
    } catch {
      throw new UnauthorizedError();
    }
  };
}
