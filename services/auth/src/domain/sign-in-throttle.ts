// Password guessing stops per account, not only per IP: an attacker with many addresses still gets
// only a few guesses at one email. After MAX_FAILURES wrong passwords for an email within the window,
// sign-in for that email is refused (429) until the window has passed, even with the right password,
// so a guess that happens to be right is not confirmed. A successful sign-in clears the count.
// The cost: someone who knows a student's email can hold that account's sign-in off for a while;
// the window is short, and the student's existing session keeps working (refresh is separate).
// Counts live in this process's memory: with several auth replicas each counts alone.

export interface SignInThrottleOptions {
  maxFailures?: number;
  windowMs?: number;
  now?: () => number;
}

export function createSignInThrottle(options: SignInThrottleOptions = {}) {
  const maxFailures = options.maxFailures ?? 5;
  const windowMs = options.windowMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const failures = new Map<string, { count: number; until: number }>();

  function current(email: string) {
    const entry = failures.get(email);
    if (entry && entry.until <= now()) failures.delete(email);
    return failures.get(email);
  }

  return {
    /** seconds to wait when this email may not try now, undefined when it may */
    blockedFor(email: string): number | undefined {
      const entry = current(email);
      if (!entry || entry.count < maxFailures) return undefined;
      return Math.max(1, Math.ceil((entry.until - now()) / 1000));
    },
    failed(email: string): void {
      const entry = current(email);
      if (entry) entry.count++;
      else failures.set(email, { count: 1, until: now() + windowMs });
      if (failures.size > 100_000) for (const [k, e] of failures) if (e.until <= now()) failures.delete(k);
    },
    succeeded(email: string): void {
      failures.delete(email);
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
