// Routes that no test calls by path yet (route-coverage.test.ts), each with why. The list only shrinks:
// the check fails when a route here gains a test, or no longer exists.

const viaTriage = "reached only through triage's tutor chat (services/triage/test), never called by path";

export const UNTESTED_ROUTES: Record<string, string> = {
  "GET /api/triage/students/:studentId/conversations":
    "needs the auth service's class roster with real tokens; no test yet",
};
