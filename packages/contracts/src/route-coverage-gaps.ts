// Routes that no test calls by path yet (route-coverage.test.ts), each with why. The list only shrinks:
// the check fails when a route here gains a test, or no longer exists.

export const UNTESTED_ROUTES: Record<string, string> = {};
