import type { Db } from "@emberlearn/platform";
import { publicJwks, rotateKey } from "../repository/keys.ts";

// The signing keys, as the routes see them: the public JWKS every service verifies tokens with, and an
// admin's rotation (the old key stays published until the tokens it signed have expired).
export function createKeys(db: Db) {
  return {
    jwks: () => publicJwks(db),
    rotate: async () => ({ kid: await rotateKey(db) }),
  };
}

export type Keys = ReturnType<typeof createKeys>;
