import { AppError } from "../errors.ts";

// Fixed-window rate limits, as the catalog states them ("30 per 60 s per user"). One limiter for the
// gateway and the services, with a pluggable store: the memory store counts per process, which is
// exact for one process (embedded mode). Several processes enforcing one limit need a shared store
// (PostgreSQL, Redis) behind this same interface; with the memory store each process counts alone,
// so N replicas allow up to N times the limit (docs/operations.md).

export interface RateLimitStore {
  /** counts one hit against `key` in its current window: the hits so far and when the window ends */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
}

export interface RateLimitRule {
  max: number;
  windowSeconds: number;
}

export function createMemoryRateLimitStore(now: () => number = Date.now): RateLimitStore {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = now() + 60_000;
  return {
    async hit(key, windowMs) {
      const t = now();
      if (t >= nextSweep) {
        for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
        nextSweep = t + 60_000;
      }
      let w = windows.get(key);
      if (!w || w.resetAt <= t) {
        w = { count: 0, resetAt: t + windowMs };
        windows.set(key, w);
      }
      w.count++;
      return { count: w.count, resetAt: w.resetAt };
    },
  };
}

// A store for every service this process creates, set by the runner before it creates them (a shared
// store for several processes; the API fuzz test uses a store that never refuses, see e2e/fuzz).
let processStore: RateLimitStore | undefined;

export function useDefaultRateLimitStore(store: RateLimitStore | undefined): void {
  processStore = store;
}

export function defaultRateLimitStore(): RateLimitStore | undefined {
  return processStore;
}

export class RateLimitedError extends AppError {
  constructor(rule: RateLimitRule, retryAfterSeconds: number) {
    super(
      "rate-limited",
      429,
      `Too many requests: at most ${rule.max} per ${rule.windowSeconds} s. Try again in ${retryAfterSeconds} s.`,
      undefined,
      { "retry-after": String(retryAfterSeconds) },
    );
  }
}

/** Counts a hit and throws a 429 (with Retry-After) once the window's allowance is spent. */
export async function enforceRateLimit(store: RateLimitStore, key: string, rule: RateLimitRule): Promise<void> {
  const { count, resetAt } = await store.hit(key, rule.windowSeconds * 1000);
  if (count > rule.max) throw new RateLimitedError(rule, Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)));
}
