import type { z } from "zod";

// A server-sent-event stream's contract: its route, and for each event name the zod schema of its data.
// The server writes every frame with sseFrame (typed by the map, so a renamed field fails tsc); the browser
// reads each frame with readStreamEvent, which checks it against the same schema and names what is wrong
// instead of handing a page an object it does not expect. streams.ts holds the platform's three streams.

export type EventMap = Record<string, z.ZodType>;

export interface EventStream<
  M extends EventMap = EventMap,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  P extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: "GET" | "POST";
  /** the full path as the service registers it, `:name` for each path parameter */
  path: string;
  events: M;
  /** what a POST stream takes (the route's body schema, and the type of the browser's request) */
  body: B;
  /** the path's `:name` segments (the route's params schema); undefined when it has none */
  params: P;
}

export function defineStream<
  const M extends EventMap,
  B extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
>(stream: { method: "GET" | "POST"; path: string; events: M; body?: B; params?: P }): EventStream<M, B, P> {
  return { body: undefined, params: undefined, ...stream } as EventStream<M, B, P>;
}

/** What the browser sends to a POST stream. */
export type StreamBodyOf<S extends EventStream> = S["body"] extends z.ZodType ? z.input<S["body"]> : never;

/** One event of a stream, as the browser gets it after its schema parsed the data. */
export type StreamEventOf<S extends EventStream> = {
  [K in keyof S["events"] & string]: { event: K; data: z.output<S["events"][K]> };
}[keyof S["events"] & string];

/** One frame of the stream: `event:` and one `data:` line (JSON has no raw line breaks), and an `id:` if given. */
export function sseFrame<S extends EventStream, K extends keyof S["events"] & string>(
  _stream: S,
  event: K,
  data: z.input<S["events"][K]>,
  id?: string,
): string {
  // an id with a line break would start a field of its own: drop line breaks
  const idLine = id === undefined ? "" : `id: ${id.replace(/[\r\n]/g, "")}\n`;
  return `${idLine}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export type StreamRead<S extends EventStream> = { ok: true; value: StreamEventOf<S> } | { ok: false; problem: string };

/** A received frame (its event name and data text) checked against the stream's map. Never throws. */
export function readStreamEvent<S extends EventStream>(stream: S, event: string, dataText: string): StreamRead<S> {
  const schema = Object.hasOwn(stream.events, event) ? stream.events[event] : undefined;
  if (!schema) return { ok: false, problem: `unknown event "${event.slice(0, 60)}"` };
  let json: unknown;
  try {
    json = JSON.parse(dataText);
  } catch {
    return { ok: false, problem: `event "${event}": its data is not JSON` };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const field = first?.path.length ? first.path.join(".") : "data";
    return { ok: false, problem: `event "${event}": ${field} ${first?.message ?? "is not valid"}` };
  }
  return { ok: true, value: { event, data: parsed.data } as StreamEventOf<S> };
}
