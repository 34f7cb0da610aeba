import "server-only";
import { cookies } from "next/headers";
import type { ApiResponse } from "@/lib/api-routes";
import { ACCESS_COOKIE, REFRESH_COOKIE } from "./config";

// The session lives in two httpOnly, SameSite=Strict cookies that page scripts
// cannot read: the access token (sent as a bearer token to the API by the web
// server) and the refresh token. The services verify the token; the web app
// only reads its claims to decide what to show.

export interface SessionUser {
  id: string;
  role: "student" | "teacher" | "admin";
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
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"));
    if (typeof payload.exp === "number" && payload.exp * 1000 < Date.now()) return null;
    return {
      id: payload.sub,
      role: payload.role,
      name: payload.name ?? payload.email ?? "",
      email: payload.email ?? "",
    };
  } catch {
    return null;
  }
}
