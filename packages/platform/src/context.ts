import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

// The request context travels implicitly through async calls so that logs,
// outbound HTTP calls and published events all carry the same correlation id.

export interface RequestContext {
  correlationId: string;
  userId?: string;
  token?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function newCorrelationId(): string {
  return randomUUID();
}

/** Accepts a caller-supplied id only if it is short and plain, so logs cannot be forged. */
export function sanitizeCorrelationId(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  return /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : undefined;
}
