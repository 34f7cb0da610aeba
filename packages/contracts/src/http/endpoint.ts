import type { z } from "zod";

// One route's HTTP contract: its method and path, and the zod schemas of what it takes and gives back.
// The callee's route puts these schemas in its Fastify `schema` block, the caller's ServiceClient.request
// and the web app's fetch helpers take the same object, so the three cannot disagree about a field.
// `scripts/http-contracts.test.ts` checks each contract against the route the service really registers.

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface Endpoint<
  M extends HttpMethod = HttpMethod,
  P extends string = string,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  Pa extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
> {
  method: M;
  /** the full path as the service registers it, `:name` for each path parameter */
  path: P;
  /** each of body, query, params: undefined when the route takes none (required keys keep Fastify's types exact) */
  body: B;
  query: Q;
  params: Pa;
  /** the success answer */
  response: R;
  /** the success status (200 unless the route creates something) */
  status?: number;
}

/** Defines an endpoint, keeping the literal method, path and schema types for the callers. */
export function defineEndpoint<
  const M extends HttpMethod,
  const P extends string,
  R extends z.ZodType,
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  Pa extends z.ZodType | undefined = undefined,
>(endpoint: { method: M; path: P; response: R; body?: B; query?: Q; params?: Pa; status?: number }) {
  return { body: undefined, query: undefined, params: undefined, ...endpoint } as Endpoint<M, P, B, Q, Pa, R>;
}

type InputOf<S> = S extends z.ZodType ? z.input<S> : never;

/** What a caller sends to an endpoint: its body, path parameters and query, each only when it has one. */
export type RequestOf<E extends Endpoint> =
  E extends Endpoint<HttpMethod, string, infer B, infer Q, infer Pa>
    ? (B extends z.ZodType ? { body: InputOf<B> } : { body?: undefined }) &
        (Pa extends z.ZodType ? { params: InputOf<Pa> } : { params?: undefined }) &
        (Q extends z.ZodType ? { query?: InputOf<Q> } : { query?: undefined })
    : never;

/** What the endpoint answers, after its response schema parsed it. */
export type ResponseOf<E extends Endpoint> = z.output<E["response"]>;

/** The request body type (for forms that build one before sending). */
export type BodyOf<E extends Endpoint> = E["body"] extends z.ZodType ? z.input<E["body"]> : never;

/** The path with each `:name` filled from params (encoded), and the query appended. */
export function pathFor(
  endpoint: Pick<Endpoint, "path">,
  params?: Record<string, unknown>,
  query?: Record<string, unknown>,
): string {
  const path = endpoint.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === "") throw new Error(`${endpoint.path}: missing :${name}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null) search.set(k, String(v));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
