import type { NextRequest } from "next/server";
import { GATEWAY_URL } from "@/server/config";
import { accessToken } from "@/server/session";
import { problem, unsafeSegment } from "@/lib/problem";

// The browser's door to the API: client components call /bff/<service>/<path>,
// and this forwards to the gateway's /api/<service>/<path> with the session's
// bearer token (which page scripts never see). Responses stream through, so
// server-sent events (tutor chat, live alerts) arrive as they are produced.

async function forward(request: NextRequest, { params }: { params: Promise<{ path: string[] }> }) {
  // cookies are SameSite=Strict; also refuse cross-site requests that change state
  const site = request.headers.get("sec-fetch-site");
  if (request.method !== "GET" && site && site !== "same-origin")
    return problem(403, "cross-site", "Forbidden", "Cross-site request refused", request.nextUrl.pathname);
  const { path } = await params;
  // fetch() would resolve "..", so /bff/sandbox/%2E%2E/auth/x must not become /api/auth/x
  const bad = unsafeSegment(path);
  if (bad !== undefined)
    return problem(400, "bad-path", "Bad Request", "The path has an empty, . or .. segment", request.nextUrl.pathname);
  const url = `${GATEWAY_URL}/api/${path.map(encodeURIComponent).join("/")}${request.nextUrl.search}`;
  const headers = new Headers();
  for (const name of ["content-type", "accept", "x-correlation-id", "x-forwarded-for"]) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const token = await accessToken();
  if (token) headers.set("authorization", `Bearer ${token}`);
  const hasBody = !["GET", "HEAD"].includes(request.method);
  let upstream: Response;
  try {
    upstream = await fetch(url, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      cache: "no-store",
      signal: request.signal,
    });
  } catch {
    return problem(503, "unavailable", "Service Unavailable", "EmberLearn's services are not reachable right now.");
  }
  const out = new Headers();
  for (const name of ["content-type", "retry-after", "x-correlation-id", "cache-control"]) {
    const value = upstream.headers.get(name);
    if (value) out.set(name, value);
  }
  if (out.get("content-type")?.startsWith("text/event-stream")) {
    out.set("cache-control", "no-cache, no-transform");
    out.set("x-accel-buffering", "no");
  }
  return new Response(upstream.body, { status: upstream.status, headers: out });
}

export const GET = forward;
export const POST = forward;
export const PUT = forward;
export const DELETE = forward;
export const dynamic = "force-dynamic";
