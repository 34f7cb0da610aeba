import type { Role } from "@emberlearn/contracts/token-claims";

// Which pages need a signed-in visitor, and where a visitor who may not see a page goes instead.
// This is navigation only: every service checks the token itself, so a page reached anyway shows
// nothing it should not. The proxy (src/proxy.ts) applies it before any page renders.

export const OPEN_PAGES = new Set(["/", "/sign-in", "/sign-up", "/forgot-password", "/reset-password"]);
// the app's signed-in pages (src/app): any other path is not a page of ours and gets Next's 404, not a
// sign-in (the gateway sends every path it does not route, /metrics too, to the web app)
export const SIGNED_IN_SECTIONS = ["dashboard", "exercises", "learn", "progress", "quizzes", "teacher"];

/** Where to send the visitor instead of `pathname`, or undefined when they may see it. */
export function redirectFor(pathname: string, search: string, role: Role | undefined): string | undefined {
  if (!isSignedInPage(pathname)) return undefined;
  if (!role) return `/sign-in?next=${encodeURIComponent(pathname + search)}`;
  if (role === "student" && (pathname === "/teacher" || pathname.startsWith("/teacher/"))) return "/dashboard";
  return undefined;
}

function isSignedInPage(pathname: string): boolean {
  return isPage(pathname) && SIGNED_IN_SECTIONS.includes(pathname.split("/")[1] ?? "");
}

/** A page of the app, not the BFF (which answers 401 itself), a route handler or a file. */
function isPage(pathname: string): boolean {
  return !/^\/(bff|api|_next)(\/|$)/.test(pathname) && !/\.[a-z0-9]+$/i.test(pathname);
}

/**
 * The page to open after signing in: `next` when it is a path of this site (a redirect to another
 * site, or back to a sign-in page, is ignored), else undefined.
 */
export function safeNext(next: unknown): string | undefined {
  if (typeof next !== "string" || next.length > 2000) return undefined;
  // one leading slash, no scheme-relative "//" or "/\", nothing invisible
  const invisible = [...next].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
  if (!/^\/(?![/\\])/.test(next) || next.includes("\\") || invisible) return undefined;
  const pathname = next.split(/[?#]/)[0];
  return isSignedInPage(pathname) ? next : undefined;
}
