import { describe, expect, it } from "vitest";
import { createMemoryRateLimitStore, enforceRateLimit, RateLimitedError } from "./rate-limit.ts";

// The fixed-window limiter the catalog's limits run on ("30 per 60 s per user"), with a clock we move.

function clock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe("memory rate-limit store", () => {
  it("counts hits per key inside one window and starts over when it ends", async () => {
    const c = clock();
    const store = createMemoryRateLimitStore(c.now);
    expect(await store.hit("a", 1000)).toEqual({ count: 1, resetAt: 1_001_000 });
    c.advance(999);
    expect(await store.hit("a", 1000)).toEqual({ count: 2, resetAt: 1_001_000 });
    expect(await store.hit("b", 1000)).toEqual({ count: 1, resetAt: 1_001_999 });
    c.advance(1);
    // the window ends at resetAt exactly
    expect(await store.hit("a", 1000)).toEqual({ count: 1, resetAt: 1_002_000 });
  });

  it("forgets ended windows in its periodic sweep without losing live ones", async () => {
    const c = clock();
    const store = createMemoryRateLimitStore(c.now);
    await store.hit("old", 1000);
    await store.hit("live", 120_000);
    c.advance(60_000);
    // the sweep runs on this hit: "live" keeps its count
    expect(await store.hit("live", 120_000)).toEqual({ count: 2, resetAt: 1_120_000 });
    expect(await store.hit("old", 1000)).toEqual({ count: 1, resetAt: 1_061_000 });
  });
});

describe("enforceRateLimit", () => {
  it("allows max hits per window, then answers 429 with the seconds until the window ends", async () => {
    const store = createMemoryRateLimitStore();
    const rule = { max: 2, windowSeconds: 30 };
    await enforceRateLimit(store, "k", rule);
    await enforceRateLimit(store, "k", rule);
    const error = await enforceRateLimit(store, "k", rule).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RateLimitedError);
    const e = error as RateLimitedError;
    expect(e.status).toBe(429);
    expect(e.code).toBe("rate-limited");
    expect(e.message).toMatch(/^Too many requests: at most 2 per 30 s\. Try again in (29|30) s\.$/);
    expect(Number(e.headers?.["retry-after"])).toBeGreaterThanOrEqual(29);
    expect(Number(e.headers?.["retry-after"])).toBeLessThanOrEqual(30);
    // another key has its own allowance
    await enforceRateLimit(store, "other", rule);
  });

  it("never tells a client to retry in less than a second", async () => {
    const store = { hit: async () => ({ count: 5, resetAt: Date.now() - 10 }) };
    const e = await enforceRateLimit(store, "k", { max: 1, windowSeconds: 1 }).catch((x: unknown) => x);
    expect((e as RateLimitedError).headers?.["retry-after"]).toBe("1");
  });
});
