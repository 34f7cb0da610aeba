import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { jwtVerify } from "jose";

// Who a service-to-service caller is. Internal routes (the grader's POST /api/sandbox/test, the
// tutor specialists) must not trust "the gateway hid it": a student can reach a service port by
// another spelling, another proxy or a misconfigured network. So internal routes demand a second
// credential, separate from the user's bearer token, that only services can make:
//
// - a short-lived JWT (HS256, 60 s) in the `x-emberlearn-service` header, whose audience names the
//   one service it is for ("emberlearn-internal:sandbox"), so it cannot be replayed elsewhere and is
//   never mistaken for a user token (those are RS256 with audience "emberlearn");
// - signed with a per-deployment secret (SERVICE_TOKEN_SECRET) that services hold and the edge never
//   does: the gateway and Kong strip the header from every incoming request.
//
// Why a shared secret rather than tokens minted by the auth service: a service would still need a
// credential to ask auth for one, every internal call would depend on auth being up, and embedded
// mode (one process) gains nothing from it. The cost: any holder of the secret can speak for any
// service, so it lives only in the services' Secret. Rotation: list the new secret first, the old
// one after it (comma-separated); new tokens use the first, tokens signed with any are accepted.

export const SERVICE_TOKEN_HEADER = "x-emberlearn-service";
const ISSUER = "emberlearn-services";
const TTL_SECONDS = 60;

export interface ServiceCaller {
  /** the calling service's name */
  service: string;
}

export interface ServiceIdentity {
  /** a token with which `caller` may call `callee` (cached while it has most of its life left) */
  token(caller: string, callee: string): string;
  /** the caller, when the token is valid for `callee`; undefined otherwise (never says why) */
  verify(token: string, callee: string): Promise<ServiceCaller | undefined>;
}

export function createServiceIdentity(secrets: string[]): ServiceIdentity {
  if (!secrets.length || secrets.some((s) => s.length < 32))
    throw new Error("a service token secret must be at least 32 characters");
  const keys = secrets.map((s) => new TextEncoder().encode(s));
  const cache = new Map<string, { token: string; renewAt: number }>();
  return {
    // synchronous (node:crypto), so a proxy can add it while rewriting headers; jose verifies it
    token(caller, callee) {
      const cached = cache.get(`${caller}>${callee}`);
      if (cached && cached.renewAt > Date.now()) return cached.token;
      const iat = Math.floor(Date.now() / 1000);
      const claims = { iss: ISSUER, sub: caller, aud: `emberlearn-internal:${callee}`, iat, exp: iat + TTL_SECONDS };
      const unsigned = `${b64url({ alg: "HS256", typ: "JWT" })}.${b64url({ ...claims, jti: randomUUID() })}`;
      const token = `${unsigned}.${createHmac("sha256", keys[0]).update(unsigned).digest("base64url")}`;
      cache.set(`${caller}>${callee}`, { token, renewAt: Date.now() + (TTL_SECONDS / 2) * 1000 });
      return token;
    },
    async verify(token, callee) {
      for (const key of keys) {
        try {
          const { payload } = await jwtVerify(token, key, {
            algorithms: ["HS256"],
            issuer: ISSUER,
            audience: `emberlearn-internal:${callee}`,
            requiredClaims: ["sub", "exp", "iat"],
            clockTolerance: 5,
          });
          if (payload.sub) return { service: payload.sub }; // required above, so always present
        } catch {
          // try the next (older) secret
        }
      }
      return undefined;
    },
  };
}

function b64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

// The process's identity. Without SERVICE_TOKEN_SECRET it is a random secret: every service in this
// one process (embedded mode, tests) shares it, and no other process can mint a token it accepts.
let current = createServiceIdentity([randomBytes(32).toString("base64url")]);

/** Set once at start by the runner (from SERVICE_TOKEN_SECRET), before services are created. */
export function useServiceSecrets(secrets: string[]): void {
  current = createServiceIdentity(secrets);
}

export function serviceIdentity(): ServiceIdentity {
  return current;
}
