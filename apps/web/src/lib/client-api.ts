// Browser-side calls go to /bff/<service>/<path> (the web server adds the
// session's token and forwards to the gateway). Errors carry the API's
// problem detail so components can show it.

import { type ApiInput, type ApiResponse, type ApiRoute, splitRoute } from "./api-routes";

export class ClientApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export async function bff<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const res = await fetch(`/bff/${path.replace(/^\//, "")}`, {
    ...rest,
    headers: { ...(json !== undefined ? { "content-type": "application/json" } : {}), ...rest.headers },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  const text = await res.text();
  const body = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const retry = Number(res.headers.get("retry-after")) || undefined;
    throw new ClientApiError(res.status, body?.detail ?? `Request failed (${res.status})`, retry);
  }
  return body as T;
}

/** A route with a contract (api-routes.ts), through the BFF: the body and the answer are typed from it. */
export async function bffRequest<R extends ApiRoute>(route: R, input: ApiInput<R>): Promise<ApiResponse<R>> {
  const given = input as { body?: unknown; params?: Record<string, unknown>; query?: Record<string, unknown> };
  const [method, path] = splitRoute(route, given);
  return bff<ApiResponse<R>>(path.replace(/^\/api\//, ""), { method, json: given.body });
}

// Each SSE event name carries its own payload and its handler reads the fields of that event; a typed map per stream
// belongs with the shared HTTP contracts (issue 14).
// biome-ignore lint/suspicious/noExplicitAny: see above
type SseHandler = (event: string, data: any) => void;

/** POSTs and reads a server-sent-event stream, calling onEvent for each event as it arrives. */
export async function postStream(
  path: string,
  json: unknown,
  onEvent: SseHandler,
  signal?: AbortSignal,
): Promise<void> {
  const res = await fetch(`/bff/${path.replace(/^\//, "")}`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify(json),
    signal,
  });
  if (!res.ok || !res.body) {
    const body = await res.json().catch(() => ({}));
    throw new ClientApiError(
      res.status,
      body?.detail ?? `Request failed (${res.status})`,
      Number(res.headers.get("retry-after")) || undefined,
    );
  }
  await readEvents(res.body, onEvent);
}

/** GETs a long-lived SSE stream (live alerts). */
export async function getStream(path: string, onEvent: SseHandler, signal?: AbortSignal): Promise<void> {
  const res = await fetch(`/bff/${path.replace(/^\//, "")}`, { headers: { accept: "text/event-stream" }, signal });
  if (!res.ok || !res.body) throw new ClientApiError(res.status, `Stream failed (${res.status})`);
  await readEvents(res.body, onEvent);
}

async function readEvents(body: ReadableStream<Uint8Array>, onEvent: SseHandler) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    for (let cut = buffer.indexOf("\n\n"); cut >= 0; cut = buffer.indexOf("\n\n")) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let event = "message";
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
      }
      if (data.length) onEvent(event, JSON.parse(data.join("\n")));
    }
  }
}
