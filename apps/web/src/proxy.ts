import { NextResponse, type NextRequest } from "next/server";
import { type ApiInput, type ApiResponse, splitRoute } from "@/lib/api-routes";
import { redirectFor } from "@/lib/page-access";
import { claimsOf } from "@/lib/token-claims";
import { foreignServerAction, problem } from "@/lib/problem";

// Runs before every page and /bff request: when the access token is missing or
// about to expire but a refresh token exists, it rotates them with the auth
// service and hands the fresh token to the page being rendered. A signed-out
// visitor of a signed-in page goes to sign in (and comes back after), a student
// on a teacher's page to the dashboard (lib/page-access.ts). Authorization
// itself is enforced by every service, not here.

const GATEWAY_URL = process.env.EMBERLEARN_GATEWAY_URL ?? "http://127.0.0.1:8000";
const ACCESS = "el_at";
const REFRESH = "el_rt";
const REFRESH_ROUTE = "POST /api/auth/refresh";

function expiresSoon(token: string | undefined): boolean {
  const exp = claimsOf(token)?.exp;
  return exp === undefined || exp * 1000 < Date.now() + 60_000;
}

/** The page itself, or where this visitor goes instead (`response` carries cookie changes). */
function pageFor(request: NextRequest, token: string | undefined, response: NextResponse): NextResponse {
  const claims = claimsOf(token);
  const signedIn = claims && claims.exp * 1000 > Date.now() ? claims.role : undefined;
  const target = redirectFor(request.nextUrl.pathname, request.nextUrl.search, signedIn);
  if (!target) return response;
  const redirect = NextResponse.redirect(new URL(target, request.url));
  for (const cookie of response.cookies.getAll()) redirect.cookies.set(cookie);
  return redirect;
}

export async function proxy(request: NextRequest) {
  if (foreignServerAction(request.headers, request.method))
    return problem(
      403,
      "foreign-origin",
      "Forbidden",
      "This form was sent from another site",
      request.nextUrl.pathname,
    );
  const refresh = request.cookies.get(REFRESH)?.value;
  const access = request.cookies.get(ACCESS)?.value;
  if (!refresh || !expiresSoon(access)) return pageFor(request, access, NextResponse.next());
  // by hand: this runs before the page, with the request's own cookies, and forwards the browser's address
  let tokens: ApiResponse<typeof REFRESH_ROUTE> | undefined;
  try {
    const [method, path] = splitRoute(REFRESH_ROUTE);
    const body: ApiInput<typeof REFRESH_ROUTE>["body"] = { refreshToken: refresh };
    const res = await fetch(GATEWAY_URL + path, {
      method,
      headers: { "content-type": "application/json", ...forwardedFor(request.headers) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5000),
    });
    if (res.ok) tokens = await res.json();
  } catch {
    // the auth service did not answer: the page renders with what the browser has
    return pageFor(request, access, NextResponse.next());
  }
  const secure = process.env.EMBERLEARN_SECURE_COOKIES === "true";
  if (!tokens) {
    // the refresh token was revoked or reused: the session is over
    const response = NextResponse.next();
    response.cookies.delete(ACCESS);
    response.cookies.delete(REFRESH);
    return pageFor(request, undefined, response);
  }
  request.cookies.set(ACCESS, tokens.accessToken);
  request.cookies.set(REFRESH, tokens.refreshToken);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(ACCESS, tokens.accessToken, {
    httpOnly: true,
    sameSite: "strict",
    secure,
    path: "/",
    maxAge: tokens.expiresIn,
  });
  response.cookies.set(REFRESH, tokens.refreshToken, {
    httpOnly: true,
    sameSite: "strict",
    secure,
    path: "/",
    maxAge: 30 * 24 * 3600,
  });
  return pageFor(request, tokens.accessToken, response);
}

/** The browser's address, as the gateway told us, passed on (the gateway limits refresh per IP). */
function forwardedFor(headers: Headers): Record<string, string> {
  const value = headers.get("x-forwarded-for");
  return value ? { "x-forwarded-for": value } : {};
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|monaco).*)"],
};
