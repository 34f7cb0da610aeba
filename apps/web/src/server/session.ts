import "server-only";
import { cookies } from "next/headers";
import type { ApiResponse } from "@/lib/api-routes";
import { ACCESS_COOKIE, REFRESH_COOKIE } from "./config";
import type { Role } from "@emberlearn/contracts/token-claims";
import { claimsOf } from "@/lib/token-claims";

// The session lives in two httpOnly, SameSite=Strict cookies that page scripts
// cannot read: the access token (sent as a bearer token to the API by the web
// server) and the refresh token. The services verify the token; the web app
// only reads its claims to decide what to show.

export interface SessionUser {
  id: string;
  role: Role;
  name: string;
  email: string;
}

/** what signing in, up, or refreshing answers (packages/contracts/src/http/auth-accounts.ts), as kept here */
export type Tokens = Pick<ApiResponse<"POST /api/auth/sign-in">, "accessToken" | "refreshToken" | "expiresIn">;

const secure = process.env.EMBERLEARN_SECURE_COOKIES === "true";

export async function saveTokens(tokens: Tokens) {
  const jar = await cookies();
  jar.set(ACCESS_COOKIE, tokens.accessToken, {
    httpOnly: true,
    sameSite: "strict",
    secure,
    path: "/",
    maxAge: tokens.expiresIn,
  });
  jar.set(REFRESH_COOKIE, tokens.refreshToken, {
    httpOnly: true,
    sameSite: "strict",
    secure,
    path: "/",
    maxAge: 30 * 24 * 3600,
  });
}

export async function clearTokens() {
  const jar = await cookies();
  jar.delete(ACCESS_COOKIE);
  jar.delete(REFRESH_COOKIE);
}

export async function accessToken(): Promise<string | undefined> {
  return (await cookies()).get(ACCESS_COOKIE)?.value;
}

export async function refreshToken(): Promise<string | undefined> {
  return (await cookies()).get(REFRESH_COOKIE)?.value;
}

/** The signed-in user from the access token's claims, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  const token = await accessToken();
  return token ? userFromToken(token) : null;
}

export function userFromToken(token: string): SessionUser | null {
  const claims = claimsOf(token);
  if (!claims || claims.exp * 1000 < Date.now()) return null;
  return { id: claims.sub, role: claims.role, name: claims.name ?? claims.email ?? "", email: claims.email ?? "" };
}
