// Who is asking, as every service sees it after verifying the bearer token.
import type { Role } from "@emberlearn/contracts/token-claims";

export type { Role };

export interface AuthUser {
  id: string;
  role: Role;
  email?: string;
  name?: string;
  /** the raw bearer token, forwarded on service-to-service calls */
  token: string;
}

/** Verifies a bearer token; throws UnauthorizedError (no detail) when it is not acceptable. */
export type TokenVerifier = (token: string) => Promise<AuthUser>;
