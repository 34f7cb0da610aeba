import { createPublicKey } from "node:crypto";
import type { JwtKey } from "./kong-auth.ts";

// A JWKS (the auth service's /api/auth/jwks) to the keys Kong's jwt plugin takes: RS256 only,
// each with its kid. Anything else is refused with a message naming the key.

interface Jwk {
  kid?: string;
  kty?: string;
  alg?: string;
  use?: string;
  n?: string;
  e?: string;
}

export function jwksToKeys(jwks: unknown): JwtKey[] {
  const list = (jwks as { keys?: Jwk[] } | undefined)?.keys;
  if (!Array.isArray(list) || list.length === 0) throw new Error('the JWKS has no keys (expected {"keys": [...]})');
  const seen = new Set<string>();
  return list.map((jwk, i) => {
    const name = jwk.kid ? `key "${jwk.kid}"` : `key #${i + 1}`;
    if (!jwk.kid) throw new Error(`${name} has no kid: Kong finds the key by the token's kid`);
    if (seen.has(jwk.kid)) throw new Error(`${name} appears twice`);
    seen.add(jwk.kid);
    if (jwk.kty !== "RSA") throw new Error(`${name} is ${jwk.kty ?? "of no type"}, not RSA (tokens are RS256)`);
    if (jwk.alg && jwk.alg !== "RS256") throw new Error(`${name} is for ${jwk.alg}, not RS256`);
    if (jwk.use && jwk.use !== "sig") throw new Error(`${name} is for "${jwk.use}", not signatures`);
    const pem = createPublicKey({ key: { kty: "RSA", n: jwk.n, e: jwk.e }, format: "jwk" })
      .export({ type: "spki", format: "pem" })
      .toString();
    return { kid: jwk.kid, pem };
  });
}
