import type { z } from "zod";
import { pathFor, type Endpoint, type RequestOf, type ResponseOf } from "@emberlearn/contracts/http";
import { currentContext } from "../context.ts";
import { AppError, UpstreamError } from "../errors.ts";
import { SERVICE_TOKEN_HEADER, serviceIdentity } from "../auth/service-identity.ts";

// The one way a service calls another. It forwards the caller's correlation id
// and bearer token from the async context, presents the caller's service identity
// (which internal routes demand), enforces a timeout, and validates the answer
// against the caller's schema so a contract drift fails loudly.

export interface ServiceClientOptions {
  baseUrl: string;
  /** the callee's name (as in the catalog): error messages, and the audience of the service identity */
  service: string;
  /** the calling service's name, carried in its service identity */
  caller?: string;
  timeoutMs?: number;
  /** sent on every call (through a Dapr sidecar: its dapr-api-token) */
  headers?: Record<string, string>;
}

export interface CallOptions<S extends z.ZodType> {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  body?: unknown;
  schema: S;
  timeoutMs?: number;
  /** override the forwarded token (e.g. a service acting for itself) */
  token?: string;
}

/** a call to an endpoint contract: its body, params and query, and the per-call options */
export type RequestOptions<E extends Endpoint> = RequestOf<E> & { timeoutMs?: number; token?: string };

export interface ServiceClient {
  /** calls an endpoint contract (packages/contracts/src/http): the body and the answer are typed from it */
  request<E extends Endpoint>(endpoint: E, options: RequestOptions<E>): Promise<ResponseOf<E>>;
  call<S extends z.ZodType>(options: CallOptions<S>): Promise<z.infer<S>>;
  /** the raw response, for streams (SSE) */
  fetch(path: string, init?: RequestInit & { timeoutMs?: number }): Promise<Response>;
}

export function createServiceClient(options: ServiceClientOptions): ServiceClient {
  const base = options.baseUrl.replace(/\/$/, "");
  const defaultTimeout = options.timeoutMs ?? 10_000;

  function headersFor(extra?: HeadersInit, token?: string): Headers {
    const headers = new Headers(extra);
    for (const [k, v] of Object.entries(options.headers ?? {})) if (!headers.has(k)) headers.set(k, v);
    const ctx = currentContext();
    if (ctx?.correlationId) headers.set("x-correlation-id", ctx.correlationId);
    const bearer = token ?? ctx?.token;
    if (bearer && !headers.has("authorization")) headers.set("authorization", `Bearer ${bearer}`);
    headers.set(SERVICE_TOKEN_HEADER, serviceIdentity().token(options.caller ?? "emberlearn", options.service));
    return headers;
  }

  async function rawFetch(path: string, init: RequestInit & { timeoutMs?: number; token?: string } = {}) {
    const { timeoutMs, token, ...rest } = init;
    try {
      return await fetch(base + path, {
        ...rest,
        headers: headersFor(rest.headers, token),
        signal: AbortSignal.timeout(timeoutMs ?? defaultTimeout),
      });
    } catch (err) {
      const reason = (err as Error).name === "TimeoutError" ? "timed out" : "is unreachable";
      throw new UpstreamError(`${options.service} ${reason}`, reason === "timed out" ? 504 : 502);
    }
  }

  const client: ServiceClient = {
    request<E extends Endpoint>(endpoint: E, options: RequestOptions<E>) {
      const { body, params, query, timeoutMs, token } = options as RequestOptions<Endpoint> & {
        body?: unknown;
        params?: Record<string, unknown>;
        query?: Record<string, unknown>;
      };
      const path = pathFor(endpoint, params, query);
      const call = client.call({ method: endpoint.method, path, body, schema: endpoint.response, timeoutMs, token });
      return call as Promise<ResponseOf<E>>;
    },
    async call({ method = "GET", path, body, schema, timeoutMs, token }) {
      const init: RequestInit & { timeoutMs?: number; token?: string } = { method, timeoutMs, token };
      if (body !== undefined) {
        init.body = JSON.stringify(body);
        init.headers = { "content-type": "application/json" };
      }
      const response = await rawFetch(path, init);
      const text = await response.text();
      const payload = text ? safeJson(text) : undefined;
      if (!response.ok) {
        // pass the callee's client errors through (they describe the caller's input); hide server errors
        if (response.status < 500) {
          const problem = payload as { detail?: string; errors?: { field: string; message: string }[] } | undefined;
          throw new AppError(
            `upstream-${response.status}`,
            response.status,
            problem?.detail ?? `${options.service} refused the request`,
            problem?.errors,
          );
        }
        throw new UpstreamError(`${options.service} failed (${response.status})`);
      }
      const parsed = schema.safeParse(payload);
      if (!parsed.success) throw new UpstreamError(`${options.service} answered in an unexpected shape`);
      return parsed.data;
    },
    fetch: rawFetch,
  };
  return client;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
