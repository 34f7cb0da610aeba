// A small per-key sliding-window limiter for routes that other services call directly (past the
// gateway's own limits), such as practice checks that cost a sandbox run each. Per process: replicas
// each keep their own window, which bounds the cost per replica.

export interface RateLimiter {
  /** undefined when allowed, otherwise seconds until the next call is allowed */
  take(key: string): number | undefined;
}

export function createRateLimiter(options: { max: number; windowMs: number; now?: () => number }): RateLimiter {
  const now = options.now ?? Date.now;
  const hits = new Map<string, number[]>();
  return {
    take(key) {
      const t = now();
      const recent = (hits.get(key) ?? []).filter((at) => t - at < options.windowMs);
      if (recent.length >= options.max) {
        hits.set(key, recent);
        return Math.max(1, Math.ceil((recent[0] + options.windowMs - t) / 1000));
      }
      recent.push(t);
      hits.set(key, recent);
      if (hits.size > 10_000) for (const [k, v] of hits) if (!v.some((at) => t - at < options.windowMs)) hits.delete(k);
      return undefined;
    },
  };
}
