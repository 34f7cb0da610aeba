import { debugExplain, debugExplainTests, debugHint } from "@emberlearn/contracts/http";
import type { App } from "@emberlearn/platform";
import { explainError, explainWrongOutput, nextHint } from "../domain/index.ts";

export function debugRoutes(app: App) {
  app.post(
    "/api/debug/explain",
    {
      schema: {
        tags: ["debug"],
        summary:
          "Explain an error (from the sandbox's parsed error, a traceback, or a status such as timeout) " +
          "in plain language",
        body: debugExplain.body,
        response: { 200: debugExplain.response },
      },
    },
    async (req) => explainError(req.body),
  );

  app.post(
    "/api/debug/hint",
    {
      schema: {
        tags: ["debug"],
        summary: "One rung of the hint ladder: 1 nudge, 2 concept, 3 pointed hint (never the corrected program)",
        body: debugHint.body,
        response: { 200: debugHint.response },
      },
    },
    async (req) => nextHint(req.body),
  );

  app.post(
    "/api/debug/explain-tests",
    {
      schema: {
        tags: ["debug"],
        summary: "Explain an exercise's failing checks without giving the solution",
        body: debugExplainTests.body,
        response: { 200: debugExplainTests.response },
      },
    },
    async (req) => explainWrongOutput(req.body),
  );
}
