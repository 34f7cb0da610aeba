// Browser-side calls go to /bff/<service>/<path> (the web server adds the
// session's token and forwards to the gateway). Errors carry the API's
// problem detail so components can show it. Streams are read through their
// contracts (packages/contracts/src/http/streams.ts): the one place zod runs here.

import type { StreamBodyOf, StreamEventOf } from "@emberlearn/contracts/http/event-stream";
import type * as Streams from "@emberlearn/contracts/http/streams";
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

// not exported: a page calls a route through bffRequest, so its body and answer are the contract's
async function bff<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
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

/** the streams of packages/contracts/src/http/streams.ts, by name */
export type StreamName = "chatStream" | "alertStream" | "sandboxSessionStream";
type StreamOf<N extends StreamName> = (typeof Streams)[N];
/** one event of a stream, after its contract checked it */
export type StreamEvent<N extends StreamName> = StreamEventOf<StreamOf<N>>;

// the schemas (and zod) load with the first stream a page opens, not with every page
const loadStreams = () =>
  Promise.all([import("@emberlearn/contracts/http/streams"), import("@emberlearn/contracts/http/event-stream")]);

/** Reads one stream's events: each frame is checked against the stream's contract before the page sees it. */
export interface StreamHandlers<N extends StreamName> {
  onEvent: (e: StreamEvent<N>) => void;
  /** a frame the contract does not describe: skipped, the stream goes on (default: a console warning) */
  onBadFrame?: (problem: string) => void;
}

/** What a POST stream takes, as its contract's body describes it. */
export type StreamBody<N extends StreamName> = StreamBodyOf<StreamOf<N>>;

/** POSTs and reads a server-sent-event stream, calling onEvent for each event as it arrives. */
export async function postStream<N extends StreamName>(
  name: N,
  json: StreamBody<N>,
  handlers: StreamHandlers<N>,
  signal?: AbortSignal,
): Promise<void> {
  const res = await fetch(await bffPath(name), {
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
  await readEventStream(res.body, name, handlers);
}

/** GETs a long-lived SSE stream (live alerts, an interactive run); params fill the path's `:name` segments. */
export async function getStream<N extends StreamName>(
  name: N,
  handlers: StreamHandlers<N>,
  options: { params?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<void> {
  const res = await fetch(await bffPath(name, options.params), {
    headers: { accept: "text/event-stream" },
    signal: options.signal,
  });
  if (!res.ok || !res.body) throw new ClientApiError(res.status, `Stream failed (${res.status})`);
  await readEventStream(res.body, name, handlers);
}

/** "/api/sandbox/live/:runId/events" → "/bff/sandbox/live/<runId>/events" */
async function bffPath(name: StreamName, params: Record<string, string> = {}): Promise<string> {
  const [streams] = await loadStreams();
  const [, path] = splitRoute(`GET ${streams[name].path}`, { params });
  return `/bff/${path.replace(/^\/api\//, "")}`;
}

/** Reads an SSE body frame by frame, each checked against the named stream's contract. */
export async function readEventStream<N extends StreamName>(
  body: ReadableStream<Uint8Array>,
  name: N,
  { onEvent, onBadFrame = (p) => console.warn(`${name}: skipped a frame: ${p}`) }: StreamHandlers<N>,
): Promise<void> {
  const [streams, { readStreamEvent }] = await loadStreams();
  const stream: StreamOf<N> = streams[name];
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
      if (!data.length) continue; // a comment (heartbeat) or an id alone
      const read = readStreamEvent(stream, event, data.join("\n"));
      if (read.ok) onEvent(read.value);
      else onBadFrame(read.problem);
    }
  }
}
