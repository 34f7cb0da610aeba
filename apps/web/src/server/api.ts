import "server-only";
import { type ApiInput, type ApiResponse, type ApiRoute, splitRoute } from "@/lib/api-routes";
import { GATEWAY_URL } from "./config";
import { accessToken } from "./session";
import type { Problem } from "@emberlearn/contracts/http/problem";

// The only place server components call the services: through the gateway,
// with the signed-in user's token. Errors keep the problem+json detail so
// pages can show a clear message instead of a stack trace.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

// not exported: a page calls a route through request, so its body and answer are the contract's
async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const token = await accessToken();
  const headers = new Headers(init.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (init.body && !headers.has("content-type")) headers.set("content-type", "application/json");
  let res: Response;
  try {
    res = await fetch(GATEWAY_URL + path, { ...init, headers, cache: "no-store", signal: AbortSignal.timeout(20_000) });
  } catch {
    throw new ApiError(503, "EmberLearn's services are not reachable right now. Please try again in a moment.");
  }
  const text = await res.text();
  const body = text ? safeJson(text) : undefined;
  if (!res.ok) {
    const problem = (body ?? {}) as Partial<Problem>;
    throw new ApiError(res.status, problem.detail ?? `Request failed (${res.status})`, problem.errors ?? []);
  }
  return body as T;
}

/** A route with a contract (lib/api-routes.ts): the body and the answer are typed from it. */
export async function request<R extends ApiRoute>(route: R, ...[input]: OptionalInput<R>): Promise<ApiResponse<R>> {
  const given = (input ?? {}) as { body?: unknown; params?: Record<string, unknown>; query?: Record<string, unknown> };
  const [method, path] = splitRoute(route, given);
  const init: RequestInit = { method };
  if (given.body !== undefined) init.body = JSON.stringify(given.body);
  return api<ApiResponse<R>>(path, init);
}

/** the input may be left out when the route takes none */
type OptionalInput<R extends ApiRoute> = object extends ApiInput<R> ? [input?: ApiInput<R>] : [input: ApiInput<R>];

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
