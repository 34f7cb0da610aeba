import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit.ts";

// The sliding window behind practice checks (each costs a sandbox run), with a clock we move.

describe("sliding-window rate limiter", () => {
  it("allows max calls in any window, then says how many seconds until the oldest leaves it", () => {
    let t = 0;
    const limiter = createRateLimiter({ max: 2, windowMs: 10_000, now: () => t });
    expect(limiter.take("ada")).toBeUndefined();
    t = 4_000;
    expect(limiter.take("ada")).toBeUndefined();
    t = 5_000;
    // the first call (at 0) leaves the window at 10 000: 5 s from now
    expect(limiter.take("ada")).toBe(5);
    t = 9_999;
    expect(limiter.take("ada")).toBe(1);
    // a refused call does not count: at 10 000 the first call has left, so one more is allowed
    t = 10_000;
    expect(limiter.take("ada")).toBeUndefined();
    expect(limiter.take("ada")).toBe(4);
  });

  it("counts each key on its own", () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 60_000, now: () => 0 });
    expect(limiter.take("ada")).toBeUndefined();
    expect(limiter.take("bob")).toBeUndefined();
    expect(limiter.take("ada")).toBe(60);
  });

  it("rounds the wait up to whole seconds, at least one", () => {
    let t = 0;
    const limiter = createRateLimiter({ max: 1, windowMs: 1_500, now: () => t });
    limiter.take("k");
    t = 1;
    expect(limiter.take("k")).toBe(2);
    t = 1_400;
    expect(limiter.take("k")).toBe(1);
  });

  it("keeps limiting a key after forgetting the idle ones", () => {
    let t = 0;
    const limiter = createRateLimiter({ max: 1, windowMs: 1_000, now: () => t });
    for (let i = 0; i < 10_001; i++) limiter.take(`idle-${i}`);
    t = 2_000;
    expect(limiter.take("busy")).toBeUndefined();
    expect(limiter.take("busy")).toBe(1);
    // the idle keys' windows ended, so they start over
    expect(limiter.take("idle-0")).toBeUndefined();
  });
});
